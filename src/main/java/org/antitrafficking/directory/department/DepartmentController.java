package org.antitrafficking.directory.department;

import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DepartmentController {

    private static final String LIST_VIEW = "departments/list";

    private static final String DETAIL_VIEW = "departments/detail";

    private final ReadModel directory;

    private final StructuredData structuredData;

    DepartmentController(ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
    }

    @GetMapping("/departments")
    String list(Model model) {
        model.addAttribute("groups", directory.snapshot().departmentGroups());
        return LIST_VIEW;
    }

    @GetMapping("/departments/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        DepartmentPage page = snapshot.departments().page(slug);
        model.addAttribute("department", page);
        model.addAttribute("history", snapshot.histories().of(page.link()));
        model.addAttribute("jsonLd", structuredData.department(page, snapshot));
        return DETAIL_VIEW;
    }

}
