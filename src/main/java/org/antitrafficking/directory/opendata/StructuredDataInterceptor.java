package org.antitrafficking.directory.opendata;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.web.SiteAddress;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the schema.org JSON-LD of the record a page shows to its model as {@code jsonLd},
 * which the layout writes into the page's head. Controllers stay unaware of it.
 */
class StructuredDataInterceptor implements HandlerInterceptor {

    private final StructuredData structuredData;

    private final ReadModel directory;

    private final SiteAddress site;

    StructuredDataInterceptor(StructuredData structuredData, ReadModel directory, SiteAddress site) {
        this.structuredData = structuredData;
        this.directory = directory;
        this.site = site;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String base = site.base();
        String jsonLd = jsonLd(modelAndView.getViewName(), modelAndView.getModel(), base);
        if (jsonLd != null) {
            modelAndView.addObject("jsonLd", jsonLd);
        }
    }

    private String jsonLd(String view, Map<String, Object> model, String base) {
        for (Object value : model.values()) {
            if (value instanceof DepartmentPage page) {
                return structuredData.department(page, directory.snapshot().hotlineCards(page.hotlines()), base);
            }
            if (value instanceof AgencyPage page) {
                return structuredData.agency(page, directory.snapshot().hotlineCards(page.hotlines()), base);
            }
            if (value instanceof ProgramPage page) {
                return structuredData.program(page, base);
            }
            if (value instanceof TaskForcePage page) {
                return structuredData.taskForce(page, base);
            }
            if (value instanceof HotlinePage page) {
                return structuredData.hotline(page, base);
            }
            if (value instanceof ReliefPage page) {
                return structuredData.relief(page, base);
            }
            if (value instanceof SourcePage page) {
                return structuredData.source(page, base);
            }
        }
        return "home".equals(view) ? structuredData.website(base) : null;
    }

}
