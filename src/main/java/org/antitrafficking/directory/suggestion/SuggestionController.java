package org.antitrafficking.directory.suggestion;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.AnyParameters;
import org.antitrafficking.directory.web.VisitorText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The "Suggest a correction" form of a record, what it answers, and the confirmation. The
 * form and every answer to it carry a token or the visitor's words, so none is kept by
 * any cache; and none sets a cookie.
 */
@Controller
class SuggestionController {

    static final String FORM_VIEW = "suggestions/form";

    static final String FOREIGN_VIEW = "suggestions/foreign";

    static final String RECEIVED_VIEW = "suggestions/received";

    static final String RECEIVED_PATH = "/suggest/received";

    /** Seconds to wait before sending again after the database was away. */
    static final String UNAVAILABLE_RETRY_AFTER = "5";

    /**
     * Sends the page's origin with the form to this site, and nothing to any other: under
     * the rest of the site's {@code no-referrer}, a browser would send
     * {@code Origin: null}.
     */
    static final String REFERRER_POLICY = "same-origin";

    private static final Logger log = LoggerFactory.getLogger(SuggestionController.class);

    private final SuggestionService suggestions;

    private final ReadModel directory;

    SuggestionController(SuggestionService suggestions, ReadModel directory) {
        this.suggestions = suggestions;
        this.directory = directory;
    }

    @GetMapping("/suggest/{kind}/{slug}")
    String form(@PathVariable String kind, @PathVariable String slug, @RequestParam(required = false) String field,
            HttpServletResponse response, Locale locale, Model model) {
        SuggestedRecord record = suggestions.record(kind, slug, locale);
        keepPrivate(response);
        show(model, record, SuggestionForm.choosing(field), null, suggestions.token(record));
        return FORM_VIEW;
    }

    /**
     * Takes whatever else the form is sent and ignores it: sent on to a GET without the
     * unknown fields, as other pages are, the visitor's words would end up in an address.
     */
    @PostMapping("/suggest/{kind}/{slug}")
    @AnyParameters
    String submit(@PathVariable String kind, @PathVariable String slug, SuggestionForm form, HttpServletRequest request,
            HttpServletResponse response, Locale locale, Model model) {
        keepPrivate(response);
        SuggestedRecord record = suggestions.record(kind, slug, locale);
        if (!SameOrigin.allows(request)) {
            // Not shown again: another site must not make this one display its words.
            log.info("403 {}: a suggestion not sent from this site's own form", VisitorText.describe(request));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("record", record);
            model.addAttribute("referrerPolicy", REFERRER_POLICY);
            return FOREIGN_VIEW;
        }
        Answer answer = suggestions.submit(record, form, request.getRemoteAddr());
        if (answer.outcome() == Answer.Outcome.RECEIVED) {
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
            return "redirect:" + RECEIVED_PATH;
        }
        response.setStatus(answer.outcome().status());
        if (answer.outcome() == Answer.Outcome.TOO_MANY) {
            long seconds = Allowance.secondsLeft(Clock.systemUTC().instant());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("minutesLeft", (seconds + 59) / 60);
        }
        else if (answer.outcome() == Answer.Outcome.UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER);
        }
        show(model, record, form, answer, suggestions.tokenAgain(record, answer));
        return FORM_VIEW;
    }

    @GetMapping(RECEIVED_PATH)
    String received(Model model) {
        model.addAttribute("emergency", directory.snapshot().emergencyHotline().orElse(null));
        return RECEIVED_VIEW;
    }

    private static void show(Model model, SuggestedRecord record, SuggestionForm form, @Nullable Answer answer,
            @Nullable String token) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        model.addAttribute("problems", (answer != null) ? answer.problems() : Map.of());
        model.addAttribute("notice", (answer != null) ? answer.notice() : null);
        model.addAttribute("token", token);
        model.addAttribute("limits", Map.of("proposed", SuggestionForm.MAX_PROPOSED, "evidence",
                SuggestionForm.MAX_EVIDENCE, "reply", SuggestionForm.MAX_REPLY));
        model.addAttribute("referrerPolicy", REFERRER_POLICY);
    }

    /**
     * Kept by no cache; and the form's own origin sent with it, under a referrer policy
     * that still sends nothing to other sites ({@link SameOrigin}).
     */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accel-Expires", "0");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
    }

}
