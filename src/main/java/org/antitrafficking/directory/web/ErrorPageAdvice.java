package org.antitrafficking.directory.web;

import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordNotFoundException;
import org.antitrafficking.directory.readmodel.RetiredRecords;
import org.antitrafficking.directory.readmodel.SearchBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns a missing record into a 404 page and bad input into a 400 page that says what was
 * wrong, both in the site's layout. Each is one log line without a stack trace: they are
 * the visitor's mistakes (or a stale link), not the server's. Pages are served from the
 * read model and need no database, but anything that does reach for one while it is away
 * gets a 503 page in the layout, with the key hotlines, rather than an error.
 */
@Hidden
@ControllerAdvice
class ErrorPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

    static final String NOT_FOUND_VIEW = "error/404";
    static final String RETIRED_VIEW = "error/retired";
    static final String BAD_REQUEST_VIEW = "error/400";
    static final String UNAVAILABLE_VIEW = "error/503";

    /**
     * Seconds a client should wait before asking again: the read model reconnects every
     * second.
     */
    static final String RETRY_AFTER = "5";

    /** A busy search is over in well under a second. */
    static final String SEARCH_RETRY_AFTER = "1";

    private final MessageSource messages;

    private final ReadModel directory;

    ErrorPageAdvice(MessageSource messages, ReadModel directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /**
     * A 404 page; a 410 that says when and why for a record an editor retired, so that
     * someone following an old link learns it is gone, not mistyped.
     */
    @ExceptionHandler(RecordNotFoundException.class)
    String recordNotFound(RecordNotFoundException ex, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        model.addAttribute("kindKey", "kind." + ex.getKind().slug());
        urgent(model, request);
        Optional<RetiredRecords.Retired> retired = directory.snapshot().retired().find(ex.getKind(), ex.getSlug());
        if (retired.isPresent()) {
            log.info("410 {}: a retired {}", VisitorText.loggable(request.getRequestURI()), ex.getKind().slug());
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("retired", retired.get());
            return RETIRED_VIEW;
        }
        log.info("404 {}: no {} with that slug", VisitorText.loggable(request.getRequestURI()), ex.getKind().slug());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return NOT_FOUND_VIEW;
    }

    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class, NotFoundException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String pageNotFound(HttpServletRequest request, Model model) {
        log.info("404 {}: no such page", VisitorText.loggable(request.getRequestURI()));
        urgent(model, request);
        return NOT_FOUND_VIEW;
    }

    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String databaseUnavailable(DataAccessException ex, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        log.warn("503 {}: the database is unavailable ({})", VisitorText.loggable(request.getRequestURI()),
                ex.getMostSpecificCause().getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        withoutQuery(request);
        return unavailable(model, "error.503.text");
    }

    /**
     * Every search is busy: the visitor waits a second rather than Jetty's threads
     * waiting for them.
     */
    @ExceptionHandler(SearchBusyException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String searchBusy(HttpServletRequest request, HttpServletResponse response, Model model) {
        log.info("503 {}: every search is busy", VisitorText.loggable(request.getRequestURI()));
        response.setHeader(HttpHeaders.RETRY_AFTER, SEARCH_RETRY_AFTER);
        withoutQuery(request);
        return unavailable(model, "error.503.search");
    }

    private String unavailable(Model model, String reasonKey) {
        DirectorySnapshot snapshot = directory.snapshot();
        model.addAttribute("reasonKey", reasonKey);
        model.addAttribute("emergency", snapshot.emergencyHotline().orElse(null));
        model.addAttribute("keyLines", snapshot.featuredHotlines());
        return UNAVAILABLE_VIEW;
    }

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidRequest(InvalidRequestException ex, HttpServletRequest request, Locale locale, Model model) {
        log.info("400 {}: {}", VisitorText.describe(request), ex.getMessageKey());
        model.addAttribute("problem", messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
        urgent(model, request);
        return BAD_REQUEST_VIEW;
    }

    /**
     * The language switch and alternates of an error page lead to the same address
     * without its query: the page repeats none of what was refused.
     */
    private static void withoutQuery(HttpServletRequest request) {
        if (request.getAttribute(LayoutAttributesFilter.LANGUAGES) instanceof LanguageLinks links) {
            request.setAttribute(LayoutAttributesFilter.LANGUAGES, links.withoutQuery());
        }
    }

    /**
     * 911 and the line for help, first on a page that did not find what someone looked
     * for: they may have been looking for help.
     */
    private void urgent(Model model, HttpServletRequest request) {
        withoutQuery(request);
        DirectorySnapshot snapshot = directory.snapshot();
        model.addAttribute("emergency", snapshot.emergencyHotline().orElse(null));
        model.addAttribute("helpLine", snapshot.helpLine().orElse(null));
    }

}
