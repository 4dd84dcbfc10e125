package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.records.Source;
import org.antitrafficking.directory.web.AnyParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The texts waiting for their Spanish, and the form that reviews one: the English as the
 * record holds it now, the Spanish there was (made from older English, or none), and the
 * Spanish to keep, with a reason and a source like every edit.
 */
@Controller
class TranslationController {

    static final String TRANSLATIONS = EditorSecurityConfiguration.HOME + "/translations";

    /** The longest Spanish a text may have, as the table allows. */
    private static final int LONGEST = 10_000;

    private final Translating translating;

    private final RecordEditor editor;

    private final OptionLists options;

    private final MessageSource messages;

    TranslationController(Translating translating, RecordEditor editor, OptionLists options, MessageSource messages) {
        this.translating = translating;
        this.editor = editor;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping(TRANSLATIONS)
    String queue(@RequestParam(name = "saved", required = false) @Nullable String saved, Principal signedIn,
            Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("pending", translating.queue());
        model.addAttribute("waiting", translating.waiting());
        model.addAttribute("limit", Translating.QUEUE);
        model.addAttribute("saved", saved != null);
        return "editor/translations";
    }

    @GetMapping(TRANSLATIONS + "/{kind}/{slug}/{field}")
    String form(@PathVariable("kind") String kind, @PathVariable("slug") String slug,
            @PathVariable("field") String field, Principal signedIn, Model model) {
        Translating.Text text = found(kind, slug, field);
        return form(text, (text.spanish() != null) ? text.spanish() : "", "", null, Map.of(), signedIn, model);
    }

    @PostMapping(TRANSLATIONS + "/{kind}/{slug}/{field}")
    @AnyParameters
    String save(@PathVariable("kind") String kind, @PathVariable("slug") String slug,
            @PathVariable("field") String field,
            @RequestParam(name = "english", required = false) @Nullable String hash,
            @RequestParam(name = "spanish", required = false) @Nullable String spanish,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "source", required = false) @Nullable String source, Principal signedIn, Locale locale,
            Model model, HttpServletResponse response) {
        Translating.Text text = found(kind, slug, field);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String written = spanish(spanish, problems, locale);
        String why = editor.reason(Objects.requireNonNullElse(reason, ""), problems, locale);
        Optional<Source> cited = editor.source(Objects.requireNonNullElse(source, ""), problems, locale);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(text, Objects.requireNonNullElse(spanish, ""), why, source, problems, signedIn, model);
        }
        Translating.Text read = new Translating.Text(text.kind(), text.recordId(), text.slug(), text.name(),
                text.field(), text.english(), Objects.requireNonNullElse(hash, ""), text.spanish(), text.current());
        Translating.Saved saved = translating.save(read, written, why, cited.orElseThrow().getId(), signedIn.getName());
        if (saved == Translating.Saved.ENGLISH_CHANGED) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(text, written, why, source,
                    Map.of("english", List.of(messages.getMessage("editor.translation.english-changed", null, locale))),
                    signedIn, model);
        }
        return "redirect:" + TRANSLATIONS + "?saved";
    }

    private String spanish(@Nullable String given, Map<String, List<String>> problems, Locale locale) {
        try {
            String text = Objects.requireNonNullElse(Texts.clean(given, true), "");
            if (text.isEmpty() || text.length() > LONGEST) {
                problems.computeIfAbsent("spanish", (key) -> new ArrayList<>())
                    .add(messages.getMessage(text.isEmpty() ? "editor.translation.empty" : "editor.translation.long",
                            new Object[] { LONGEST }, locale));
            }
            return text;
        }
        catch (FieldProblem ex) {
            problems.computeIfAbsent("spanish", (key) -> new ArrayList<>())
                .add(messages.getMessage(ex.messageKey(), ex.arguments(), locale));
            return "";
        }
    }

    private String form(Translating.Text text, String spanish, String reason, @Nullable String source,
            Map<String, List<String>> problems, Principal signedIn, Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("text", text);
        model.addAttribute("spanish", spanish);
        model.addAttribute("reason", reason);
        model.addAttribute("chosenSource", source);
        model.addAttribute("sources", options.sources());
        model.addAttribute("problems", problems);
        model.addAttribute("spanishProblems", problems.getOrDefault("spanish", List.of()));
        model.addAttribute("reasonProblems", problems.getOrDefault("reason", List.of()));
        model.addAttribute("sourceProblems", problems.getOrDefault("source", List.of()));
        model.addAttribute("englishProblems", problems.getOrDefault("english", List.of()));
        model.addAttribute("path", text.path());
        return "editor/translation";
    }

    private Translating.Text found(String kind, String slug, String field) {
        RecordKind recordKind = editor.kind(kind).orElseThrow(() -> new NotFoundException("error.404.text"));
        return translating.text(recordKind, slug, field)
            .orElseThrow(() -> new NotFoundException("editor.translation.gone"));
    }

}
