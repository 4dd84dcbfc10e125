package org.antitrafficking.directory.program;

import java.util.List;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProgramController {

    private static final String LIST_VIEW = "programs/list";

    private static final String DETAIL_VIEW = "programs/detail";

    private final ProgramService programs;

    private final ReadModel directory;

    private final StructuredData structuredData;

    ProgramController(ProgramService programs, ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.programs = programs;
        this.directory = directory;
    }

    @GetMapping("/programs")
    String list(@RequestParam(name = "function", required = false) List<String> functions,
            @RequestParam(required = false) String department, @RequestParam(required = false) String kind,
            @RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String page,
            Model model) {
        ProgramFilters filters = ProgramFilters.of(functions, department, kind, query, ProgramFilters.pageNumber(page));
        model.addAttribute("result", programs.list(filters, ProgramService.PAGE_SIZE));
        return LIST_VIEW;
    }

    @GetMapping("/programs/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        ProgramPage page = snapshot.programs().page(slug);
        model.addAttribute("program", page);
        model.addAttribute("history", snapshot.histories().of(page.link()));
        model.addAttribute("jsonLd", structuredData.program(page));
        return DETAIL_VIEW;
    }

}
