package org.antitrafficking.directory.agency;

import java.util.List;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.FunctionFilter;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AgencyController {

    private static final String LIST_VIEW = "agencies/list";

    private static final String DETAIL_VIEW = "agencies/detail";

    private final ReadModel directory;

    private final StructuredData structuredData;

    private final AgencyService agencies;

    AgencyController(ReadModel directory, AgencyService agencies, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
        this.agencies = agencies;
    }

    /**
     * Every agency in its place in its department; filtered by function, those that do
     * it, by department.
     */
    @GetMapping("/agencies")
    String list(@RequestParam(name = "function", required = false) List<String> functions, Model model) {
        FunctionFilter filter = FunctionFilter.of("/agencies", functions);
        model.addAttribute("filter", filter);
        if (filter.isEmpty()) {
            model.addAttribute("directory", directory.snapshot().agencyTrees());
        }
        else {
            List<AgencyGroup> groups = agencies.matchingByDepartment(filter);
            model.addAttribute("groups", groups);
            model.addAttribute("count", groups.stream().mapToInt(group -> group.agencies().size()).sum());
        }
        return LIST_VIEW;
    }

    @GetMapping("/agencies/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        AgencyPage page = snapshot.agencies().page(slug);
        model.addAttribute("agency", page);
        model.addAttribute("history", snapshot.histories().of(page.link()));
        model.addAttribute("jsonLd", structuredData.agency(page, snapshot));
        return DETAIL_VIEW;
    }

}
