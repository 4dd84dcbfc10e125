package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.web.AnyParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' pages of records: finding one, its form with every field, saving an edit
 * (with its reason and source), confirming it as checked, and restoring an earlier value.
 */
@Controller
class RecordEditController {

    static final String RECORDS = EditorSecurityConfiguration.HOME + "/records";

    static final String RECORDS_VIEW = "editor/records";

    static final String RECORD_VIEW = "editor/record";

    /** The most records a search of the editor's lists shows. */
    static final int FOUND = 200;

    private final RecordEditor editor;

    private final RecordPage page;

    private final EditorHistory history;

    private final OptionLists options;

    private final SuggestionQueue suggestions;

    private final MessageSource messages;

    RecordEditController(RecordEditor editor, RecordPage page, EditorHistory history, OptionLists options,
            SuggestionQueue suggestions, MessageSource messages) {
        this.editor = editor;
        this.page = page;
        this.history = history;
        this.options = options;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping(RECORDS)
    String find(@RequestParam(name = "kind", required = false) @Nullable String kindSlug,
            @RequestParam(name = "q", required = false) @Nullable String words, Principal signedIn, Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("kinds", List.of(RecordKind.HOTLINE, RecordKind.DEPARTMENT, RecordKind.AGENCY,
                RecordKind.PROGRAM, RecordKind.TASK_FORCE, RecordKind.RELIEF_TYPE, RecordKind.SOURCE));
        String query = (words != null) ? words.strip() : "";
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        model.addAttribute("q", query);
        if (kindSlug != null) {
            RecordKind kind = editor.kind(kindSlug).orElseThrow(() -> new NotFoundException("error.404.text"));
            model.addAttribute("kind", kind);
            model.addAttribute("found", history.find(kind, query, FOUND));
            model.addAttribute("limit", FOUND);
        }
        return RECORDS_VIEW;
    }

    @GetMapping(RECORDS + "/{kind}/{slug}")
    String form(@PathVariable("kind") String kindSlug, @PathVariable("slug") String slug,
            @RequestParam(name = "suggestion", required = false) @Nullable Long suggestion,
            @RequestParam(name = "saved", required = false) @Nullable String saved,
            @RequestParam(name = "checked", required = false) @Nullable String checked, Principal signedIn,
            Locale locale, Model model) {
        RecordEditor.Form form = editor.form(kind(kindSlug), slug);
        Map<String, @Nullable String> given = new LinkedHashMap<>();
        String reason = "";
        if (suggestion != null) {
            SuggestionQueue.Open open = suggestions.find(suggestion)
                .filter((found) -> found.kind() == form.kind() && found.slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("editor.suggestion.gone"));
            model.addAttribute("suggestion", open);
            if (form.values().containsKey(open.field())) {
                given.put(open.field(), open.proposedValue());
            }
            reason = messages.getMessage("editor.suggestion.reason", null, locale);
        }
        model.addAttribute("saved", saved != null);
        model.addAttribute("checked", checked != null);
        return show(form, given, Map.of(), reason, "", signedIn, locale, model);
    }

    @PostMapping(RECORDS + "/{kind}/{slug}")
    @AnyParameters
    String save(@PathVariable("kind") String kindSlug, @PathVariable("slug") String slug,
            @RequestParam MultiValueMap<String, String> sent, Principal signedIn, Locale locale,
            HttpServletResponse response, Model model) {
        RecordKind kind = kind(kindSlug);
        Map<String, @Nullable String> values = values(sent);
        String reason = Objects.requireNonNullElse(sent.getFirst("reason"), "");
        String source = Objects.requireNonNullElse(sent.getFirst("source"), "");
        RecordEditor.Edit edit = new RecordEditor.Edit(kind, slug, number(sent.getFirst("version")), values, reason,
                source, signedIn.getName(), suggestion(sent.getFirst("suggestion")));
        RecordEditor.Outcome outcome = editor.save(edit, locale);
        if (outcome instanceof RecordEditor.Saved) {
            return "redirect:" + RecordPage.path(kind, slug) + "?saved";
        }
        model.addAttribute("suggestionId", edit.suggestion());
        RecordEditor.Form now = editor.form(kind, slug);
        if (outcome instanceof RecordEditor.Conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("differences", page.differences(now, values, messages, locale));
            return show(now, values, Map.of(), reason, source, signedIn, locale, model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, List<String>> problems = (outcome instanceof RecordEditor.Refused refused) ? refused.problems()
                : Map.of("", List.of(messages.getMessage("editor.problem.unchanged", null, locale)));
        return show(now, values, problems, reason, source, signedIn, locale, model);
    }

    @PostMapping(RECORDS + "/{kind}/{slug}/check")
    @AnyParameters
    String check(@PathVariable("kind") String kindSlug, @PathVariable("slug") String slug,
            @RequestParam(name = "source", required = false) @Nullable String source,
            @RequestParam(name = "note", required = false) @Nullable String note, Principal signedIn, Locale locale,
            HttpServletResponse response, Model model) {
        RecordKind kind = kind(kindSlug);
        RecordEditor.Form form = editor.form(kind, slug);
        String problem = null;
        String cleanNote = null;
        try {
            cleanNote = Texts.clean(note, true);
            if (cleanNote != null && cleanNote.length() > RecordEditor.REASON_LENGTH) {
                problem = messages.getMessage("editor.problem.reason-length",
                        new Object[] { RecordEditor.REASON_LENGTH }, locale);
            }
        }
        catch (FieldProblem ex) {
            problem = messages.getMessage(ex.messageKey(), ex.arguments(), locale);
        }
        if (problem == null
                && (source == null || !history.check(kind, form.id(), source.strip(), signedIn.getName(), cleanNote))) {
            problem = messages.getMessage("editor.problem.source", null, locale);
        }
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("checkProblem", problem);
            model.addAttribute("checkNote", note);
            return show(form, Map.of(), Map.of(), "", "", signedIn, locale, model);
        }
        return "redirect:" + RecordPage.path(kind, slug) + "?checked";
    }

    @PostMapping(RECORDS + "/{kind}/{slug}/restore")
    @AnyParameters
    String restore(@PathVariable("kind") String kindSlug, @PathVariable("slug") String slug,
            @RequestParam(name = "revision", required = false) @Nullable String revision,
            @RequestParam(name = "version", required = false) @Nullable String version,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "source", required = false) @Nullable String source, Principal signedIn, Locale locale,
            HttpServletResponse response, Model model) {
        RecordKind kind = kind(kindSlug);
        RecordEditor.Form form = editor.form(kind, slug);
        EditorHistory.Revision earlier = history.revision(number(revision), kind, form.id())
            .orElseThrow(() -> new NotFoundException("editor.revision.gone"));
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put(earlier.field(), earlier.before());
        String why = Objects.requireNonNullElse(reason, "");
        String cited = Objects.requireNonNullElse(source, "");
        RecordEditor.Outcome outcome = editor.save(
                new RecordEditor.Edit(kind, slug, number(version), values, why, cited, signedIn.getName(), null),
                locale);
        if (outcome instanceof RecordEditor.Saved) {
            return "redirect:" + RecordPage.path(kind, slug) + "?saved";
        }
        Map<String, List<String>> problems;
        if (outcome instanceof RecordEditor.Refused refused) {
            problems = refused.problems();
        }
        else {
            String key = (outcome instanceof RecordEditor.Conflict) ? "editor.problem.restore-conflict"
                    : "editor.problem.unchanged";
            problems = Map.of("", List.of(messages.getMessage(key, null, locale)));
        }
        response.setStatus((outcome instanceof RecordEditor.Conflict) ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        return show(editor.form(kind, slug), Map.of(), problems, "", "", signedIn, locale, model);
    }

    private String show(RecordEditor.Form form, Map<String, @Nullable String> given, Map<String, List<String>> problems,
            String reason, String source, Principal signedIn, Locale locale, Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("record", form);
        model.addAttribute("publicPath", form.kind().path(form.slug()));
        model.addAttribute("path", RecordPage.path(form.kind(), form.slug()));
        model.addAttribute("fields", page.fields(form, given, problems, locale));
        model.addAttribute("problems", problems);
        model.addAttribute("general", problems.getOrDefault("", List.of()));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonProblems", problems.getOrDefault("reason", List.of()));
        model.addAttribute("sourceProblems", problems.getOrDefault("source", List.of()));
        model.addAttribute("chosenSource", source);
        model.addAttribute("sources", options.sources());
        model.addAttribute("revisions", history.revisions(form.kind(), form.id()));
        model.addAttribute("checks", history.checks(form.kind(), form.id()));
        return RECORD_VIEW;
    }

    /** The fields' values as sent; a set's choices joined as a revision keeps them. */
    static Map<String, @Nullable String> values(MultiValueMap<String, String> sent) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        sent.forEach((name, sentValues) -> {
            if (name.startsWith(RecordPage.PARAM_PREFIX)) {
                List<String> given = sentValues.stream().filter((value) -> !value.isBlank()).toList();
                String value = (given.size() > 1)
                        ? EditableField
                            .joined(given.stream().map(String::strip).distinct().collect(Collectors.toList()))
                        : given.isEmpty() ? null : given.get(0);
                values.put(name.substring(RecordPage.PARAM_PREFIX.length()), value);
            }
        });
        return values;
    }

    private RecordKind kind(String slug) {
        return editor.kind(slug).orElseThrow(() -> new NotFoundException("error.404.text"));
    }

    private static long number(@Nullable String value) {
        try {
            return (value != null) ? Long.parseLong(value.strip()) : -1;
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static @Nullable Long suggestion(@Nullable String value) {
        long number = number(value);
        return (number > 0) ? number : null;
    }

}
