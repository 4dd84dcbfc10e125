package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.NotFoundException;
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
 * The review queue: visitors' suggestions, oldest first, grouped by record. An editor
 * accepts one (it is applied as an edit, with a reason and a source, and kept in the
 * record's history), opens it in the record's form to edit it before applying, or rejects
 * it with a reason.
 */
@Controller
class SuggestionReviewController {

    static final String SUGGESTIONS = EditorSecurityConfiguration.HOME + "/suggestions";

    static final String QUEUE_VIEW = "editor/suggestions";

    private final SuggestionQueue queue;

    private final RecordEditor editor;

    private final OptionLists options;

    private final MessageSource messages;

    SuggestionReviewController(SuggestionQueue queue, RecordEditor editor, OptionLists options,
            MessageSource messages) {
        this.queue = queue;
        this.editor = editor;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping(SUGGESTIONS)
    String queue(@RequestParam(name = "done", required = false) @Nullable String done, Principal signedIn,
            Locale locale, Model model) {
        model.addAttribute("done", done);
        return show(Map.of(), signedIn, locale, model);
    }

    @PostMapping(SUGGESTIONS + "/{id}/accept")
    @AnyParameters
    String accept(@PathVariable("id") long id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "source", required = false) @Nullable String source, Principal signedIn, Locale locale,
            HttpServletResponse response, Model model) {
        SuggestionQueue.Open open = queue.find(id).orElseThrow(() -> new NotFoundException("editor.suggestion.gone"));
        RecordEditor.Form form = editor.form(open.kind(), open.slug());
        if (!form.values().containsKey(open.field())) {
            // Not a field that takes the visitor's words as they are: the editor says
            // what it becomes.
            return "redirect:" + RecordPage.path(open.kind(), open.slug()) + "?suggestion=" + id;
        }
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put(open.field(), open.proposedValue());
        RecordEditor.Outcome outcome = editor.save(new RecordEditor.Edit(open.kind(), open.slug(), form.version(),
                values, (reason != null) ? reason : "", (source != null) ? source : "", signedIn.getName(), id),
                locale);
        if (outcome instanceof RecordEditor.Saved) {
            return "redirect:" + SUGGESTIONS + "?done=accepted";
        }
        List<String> problems;
        if (outcome instanceof RecordEditor.Refused refused) {
            problems = refused.problems().values().stream().flatMap(List::stream).toList();
        }
        else {
            String key = (outcome instanceof RecordEditor.Conflict) ? "editor.problem.restore-conflict"
                    : "editor.suggestion.unchanged";
            problems = List.of(messages.getMessage(key, null, locale));
        }
        response.setStatus((outcome instanceof RecordEditor.Conflict) ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        return show(Map.of(id, problems), signedIn, locale, model);
    }

    @PostMapping(SUGGESTIONS + "/{id}/reject")
    @AnyParameters
    String reject(@PathVariable("id") long id, @RequestParam(name = "reason", required = false) @Nullable String reason,
            Principal signedIn, Locale locale, HttpServletResponse response, Model model) {
        queue.find(id).orElseThrow(() -> new NotFoundException("editor.suggestion.gone"));
        String why;
        try {
            why = Texts.clean(reason, true);
        }
        catch (FieldProblem ex) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(Map.of(id, List.of(messages.getMessage(ex.messageKey(), ex.arguments(), locale))), signedIn,
                    locale, model);
        }
        if (why == null || why.length() > RecordEditor.REASON_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String key = (why == null) ? "editor.problem.reason" : "editor.problem.reason-length";
            return show(
                    Map.of(id, List.of(messages.getMessage(key, new Object[] { RecordEditor.REASON_LENGTH }, locale))),
                    signedIn, locale, model);
        }
        if (!queue.reject(id, signedIn.getName(), why)) {
            throw new NotFoundException("editor.suggestion.gone");
        }
        return "redirect:" + SUGGESTIONS + "?done=rejected";
    }

    private String show(Map<Long, List<String>> problems, Principal signedIn, Locale locale, Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("groups", queue.groups());
        model.addAttribute("open", queue.openCount());
        model.addAttribute("limit", SuggestionQueue.PAGE);
        model.addAttribute("problems", problems);
        model.addAttribute("sources", options.sources());
        model.addAttribute("acceptReason", messages.getMessage("editor.suggestion.reason", null, locale));
        return QUEUE_VIEW;
    }

}
