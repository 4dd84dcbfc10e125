package org.antitrafficking.directory.source;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

    private static final String LIST_VIEW = "sources/list";

    private static final String DETAIL_VIEW = "sources/detail";

    private final ReadModel directory;

    private final StructuredData structuredData;

    SourceController(ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
    }

    @GetMapping("/sources")
    String list(Model model) {
        model.addAttribute("sources", directory.snapshot().sources().all());
        return LIST_VIEW;
    }

    @GetMapping("/sources/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        SourcePage page = snapshot.sources().page(slug);
        model.addAttribute("source", page);
        model.addAttribute("jsonLd", structuredData.source(page));
        return DETAIL_VIEW;
    }

}
