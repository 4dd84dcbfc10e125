package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.web.AnyParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form of a new record of a kind, and adding it: its address name, its fields, and
 * the reason and source of its addition. A source is added on its own form.
 */
@Controller
class NewRecordController {

    static final String NEW_RECORD_VIEW = "editor/new-record";

    private final RecordEditor editor;

    private final RecordCreator creator;

    private final RecordPage page;

    private final OptionLists options;

    NewRecordController(RecordEditor editor, RecordCreator creator, RecordPage page, OptionLists options) {
        this.editor = editor;
        this.creator = creator;
        this.page = page;
        this.options = options;
    }

    @GetMapping(RecordEditController.RECORDS + "/{kind}/" + RecordCreator.NEW)
    String form(@PathVariable("kind") String kindSlug, Principal signedIn, Locale locale, Model model) {
        return show(kind(kindSlug), "", Map.of(), Map.of(), "", "", signedIn, locale, model);
    }

    @PostMapping(RecordEditController.RECORDS + "/{kind}/" + RecordCreator.NEW)
    @AnyParameters
    String create(@PathVariable("kind") String kindSlug, @RequestParam MultiValueMap<String, String> sent,
            Principal signedIn, Locale locale, HttpServletResponse response, Model model) {
        RecordKind kind = kind(kindSlug);
        Map<String, @Nullable String> values = RecordEditController.values(sent);
        String slug = Objects.requireNonNullElse(sent.getFirst("slug"), "");
        String reason = Objects.requireNonNullElse(sent.getFirst("reason"), "");
        String source = Objects.requireNonNullElse(sent.getFirst("source"), "");
        RecordEditor.Outcome outcome = creator
            .create(new RecordCreator.Creation(kind, slug, values, reason, source, signedIn.getName()), locale);
        if (outcome instanceof RecordEditor.Saved) {
            return "redirect:" + RecordPage.path(kind, slug.strip()) + "?saved";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, List<String>> problems = ((RecordEditor.Refused) outcome).problems();
        return show(kind, slug, values, problems, reason, source, signedIn, locale, model);
    }

    private String show(RecordKind kind, String slug, Map<String, @Nullable String> given,
            Map<String, List<String>> problems, String reason, String source, Principal signedIn, Locale locale,
            Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("kind", kind);
        model.addAttribute("slug", slug);
        model.addAttribute("path", RecordPage.path(kind, RecordCreator.NEW));
        model.addAttribute("fields", page.fields(creator.form(kind), given, problems, locale));
        model.addAttribute("problems", problems);
        model.addAttribute("general", problems.getOrDefault("", List.of()));
        model.addAttribute("slugProblems", problems.getOrDefault(RecordCreator.SLUG, List.of()));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonProblems", problems.getOrDefault("reason", List.of()));
        model.addAttribute("sourceProblems", problems.getOrDefault("source", List.of()));
        model.addAttribute("chosenSource", source);
        model.addAttribute("sources", options.sources());
        return NEW_RECORD_VIEW;
    }

    private RecordKind kind(String slug) {
        return editor.kind(slug).filter(creator::adds).orElseThrow(() -> new NotFoundException("error.404.text"));
    }

}
