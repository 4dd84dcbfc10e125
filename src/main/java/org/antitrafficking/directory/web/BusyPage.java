package org.antitrafficking.directory.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.antitrafficking.directory.DirectoryProperties;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * What a request turned away by {@link RenderAdmissionFilter} gets, rendered once per
 * version of the data and then only copied out: a short page in plain HTML with the quick
 * exit, 911 and the line for help (its numbers from the data, so a corrected number
 * reaches this page with the next version), or for the API an RFC 9457 problem. Rendering
 * it again for each request would spend on a flood the very work the admission holds
 * back.
 */
@Component
class BusyPage {

    static final String VIEW = "error/busy";

    private final ReadModel directory;

    private final ITemplateEngine templates;

    private final MessageSource messages;

    private final JsonMapper json;

    private final String quickExitUrl;

    private final Map<Rendered, Bodies> rendered = new ConcurrentHashMap<>(4);

    BusyPage(ReadModel directory, ITemplateEngine templates, MessageSource messages, JsonMapper json,
            DirectoryProperties properties) {
        this.directory = directory;
        this.templates = templates;
        this.messages = messages;
        this.json = json;
        this.quickExitUrl = properties.quickExitUrl();
    }

    /** A response body and its media type. */
    record Body(byte[] bytes, String contentType) {
    }

    private record Bodies(Body page, Body problem) {
    }

    private record Rendered(DirectorySnapshot snapshot, SiteLanguage language) {
    }

    /**
     * The problem for the API and the Open Referral routes, the page for everything else.
     */
    Body forRequest(HttpServletRequest request) {
        String path = request.getRequestURI();
        Bodies bodies = current(SiteLanguage.of(request));
        return path.startsWith("/api/") || path.equals("/hsds") || path.startsWith("/hsds/")
                || path.startsWith("/v3/api-docs") ? bodies.problem() : bodies.page();
    }

    private Bodies current(SiteLanguage language) {
        Rendered key = new Rendered(directory.snapshot(), language);
        Bodies bodies = rendered.get(key);
        if (bodies == null) {
            bodies = render(key.snapshot(), language);
            rendered.keySet().removeIf((kept) -> kept.snapshot() != key.snapshot());
            rendered.put(key, bodies);
        }
        return bodies;
    }

    private Bodies render(DirectorySnapshot snapshot, SiteLanguage language) {
        Context context = new Context(language.locale());
        context.setVariable("quickExitUrl", quickExitUrl);
        context.setVariable(LayoutAttributesFilter.TEXTS, new PageTexts(snapshot.translations(), language));
        context.setVariable("emergency", snapshot.emergencyHotline().orElse(null));
        context.setVariable("helpLine", snapshot.helpLine().orElse(null));
        byte[] page = templates.process(VIEW, context).getBytes(StandardCharsets.UTF_8);

        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("api.busy", null, language.locale()));
        return new Bodies(new Body(page, MediaType.TEXT_HTML_VALUE + ";charset=UTF-8"),
                new Body(json.writeValueAsBytes(problem), MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

}
