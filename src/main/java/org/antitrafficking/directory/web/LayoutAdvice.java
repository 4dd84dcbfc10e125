package org.antitrafficking.directory.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page, error pages included. */
@ControllerAdvice
class LayoutAdvice {

    private final String quickExitUrl;

    LayoutAdvice(@Value("${directory.quick-exit-url}") String quickExitUrl) {
        this.quickExitUrl = quickExitUrl;
    }

    /** The neutral site the quick exit leaves for. */
    @ModelAttribute("quickExitUrl")
    String quickExitUrl() {
        return quickExitUrl;
    }
}
