package org.antitrafficking.directory.relief;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ReliefController {

    private static final String LIST_VIEW = "relief/list";

    private static final String DETAIL_VIEW = "relief/detail";

    private final ReadModel directory;

    private final StructuredData structuredData;

    ReliefController(ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
    }

    @GetMapping("/immigration-relief")
    String list(Model model) {
        model.addAttribute("reliefTypes", directory.snapshot().reliefTypes().all());
        return LIST_VIEW;
    }

    @GetMapping("/immigration-relief/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        ReliefPage page = snapshot.reliefTypes().page(slug);
        model.addAttribute("relief", page);
        model.addAttribute("history", snapshot.histories().of(page.card().link()));
        model.addAttribute("jsonLd", structuredData.relief(page));
        return DETAIL_VIEW;
    }

}
