package org.antitrafficking.directory.hotline;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HotlineController {

    private static final String LIST_VIEW = "hotlines/list";
    private static final String DETAIL_VIEW = "hotlines/detail";

    private final HotlineService hotlines;

    HotlineController(HotlineService hotlines) {
        this.hotlines = hotlines;
    }

    @GetMapping("/hotlines")
    String list(@RequestParam(required = false) String purpose, Model model) {
        List<HotlineCard> all = hotlines.all();
        model.addAttribute("hotlines", StringUtils.hasText(purpose) ? hotlines.forPurpose(purpose) : all);
        model.addAttribute("purpose", StringUtils.hasText(purpose) ? purpose.strip() : null);
        model.addAttribute("purposes", hotlines.purposes());
        model.addAttribute("comparison", all);
        return LIST_VIEW;
    }

    @GetMapping("/hotlines/{slug}")
    String detail(@PathVariable String slug, Model model) {
        model.addAttribute("hotline", hotlines.page(slug));
        return DETAIL_VIEW;
    }
}
