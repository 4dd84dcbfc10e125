package org.antitrafficking.directory.editor;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.web.AnyParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where an editor adds a web page as a source an edit can cite. */
@Controller
class NewSourceController {

    static final String NEW_SOURCE = EditorSecurityConfiguration.HOME + "/sources/new";

    private final SourceAdding adding;

    NewSourceController(SourceAdding adding) {
        this.adding = adding;
    }

    @GetMapping(NEW_SOURCE)
    String form(Principal signedIn, Model model) {
        return show(new SourceAdding.NewSource("", "", "", "", "", "", ""), Map.of(), signedIn, model);
    }

    @PostMapping(NEW_SOURCE)
    @AnyParameters
    String add(@RequestParam(name = "title", defaultValue = "") String title,
            @RequestParam(name = "publisher", defaultValue = "") String publisher,
            @RequestParam(name = "date-label", defaultValue = "") String dateLabel,
            @RequestParam(name = "published-on", defaultValue = "") String publishedOn,
            @RequestParam(name = "url", defaultValue = "") String url,
            @RequestParam(name = "summary", defaultValue = "") String summary,
            @RequestParam(name = "reason", defaultValue = "") String reason, Principal signedIn, Locale locale,
            HttpServletResponse response, Model model) {
        SourceAdding.NewSource form = new SourceAdding.NewSource(title, publisher, dateLabel, publishedOn, url, summary,
                reason);
        SourceAdding.Added added = adding.add(form, signedIn.getName(), locale);
        if (added.slug() != null) {
            return "redirect:" + RecordPage.path(RecordKind.SOURCE, added.slug()) + "?saved";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(form, added.problems(), signedIn, model);
    }

    private String show(SourceAdding.NewSource form, Map<String, List<String>> problems, Principal signedIn,
            Model model) {
        model.addAttribute("editor", signedIn.getName());
        model.addAttribute("form", form.values());
        model.addAttribute("problems", problems);
        model.addAttribute("fields",
                List.of(new Input("title", false), new Input("publisher", false), new Input("date-label", false),
                        new Input("published-on", false), new Input("url", false), new Input("summary", true),
                        new Input("reason", true)));
        return "editor/new-source";
    }

    /** One input of the form: its name, and whether it takes several lines. */
    record Input(String name, boolean prose) {

        public @Nullable String label() {
            return "editor.source.field." + name;
        }

    }

}
