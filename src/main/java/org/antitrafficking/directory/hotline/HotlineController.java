package org.antitrafficking.directory.hotline;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.web.jsonld.StructuredData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HotlineController {

    private static final String LIST_VIEW = "hotlines/list";

    private static final String DETAIL_VIEW = "hotlines/detail";

    private final HotlineService hotlines;

    private final ReadModel directory;

    private final StructuredData structuredData;

    HotlineController(HotlineService hotlines, ReadModel directory, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.hotlines = hotlines;
        this.directory = directory;
    }

    @GetMapping("/hotlines")
    String list(@RequestParam(required = false) String purpose, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        model.addAttribute("emergency", snapshot.emergencyHotline().orElse(null));
        model.addAttribute("helpLine", snapshot.helpLine().orElse(null));
        model.addAttribute("hotlines", hotlines.forPurpose(purpose));
        model.addAttribute("purpose", StringUtils.hasText(purpose) ? purpose.strip() : null);
        model.addAttribute("purposes", HotlineService.PURPOSES);
        model.addAttribute("comparison", hotlines.all());
        return LIST_VIEW;
    }

    @GetMapping("/hotlines/{slug}")
    String detail(@PathVariable String slug, Model model) {
        DirectorySnapshot snapshot = directory.snapshot();
        HotlinePage page = snapshot.hotlines().page(slug);
        model.addAttribute("hotline", page);
        model.addAttribute("history", snapshot.histories().of(page.card().link()));
        model.addAttribute("jsonLd", structuredData.hotline(page));
        return DETAIL_VIEW;
    }

}
