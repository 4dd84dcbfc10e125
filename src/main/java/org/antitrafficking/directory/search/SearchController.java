package org.antitrafficking.directory.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private static final String SEARCH_VIEW = "search";

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("results", search.search(query));
        return SEARCH_VIEW;
    }

}
