package org.antitrafficking.directory.api;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.RecordNotFoundException;
import org.antitrafficking.directory.readmodel.SearchBusyException;
import org.antitrafficking.directory.web.VisitorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the JSON API as RFC 9457 problem details ({@code application/problem+json}),
 * ahead of the HTML error pages that serve the site.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail recordNotFound(RecordNotFoundException ex, HttpServletRequest request, Locale locale) {
        log.info("404 {}: no {} with that slug", VisitorText.loggable(request.getRequestURI()), ex.getKind().slug());
        return problem(HttpStatus.NOT_FOUND, messages.getMessage("api.not-found",
                new Object[] { ex.getKind().slug(), VisitorText.echo(ex.getSlug()) }, locale), request);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail resourceNotFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
        log.info("404 {}: {}", VisitorText.loggable(request.getRequestURI()), ex.getMessageKey());
        return problem(HttpStatus.NOT_FOUND, messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale),
                request);
    }

    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ProblemDetail databaseUnavailable(DataAccessException ex, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        log.warn("503 {}: the database is unavailable ({})", VisitorText.loggable(request.getRequestURI()),
                ex.getMostSpecificCause().getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("api.unavailable", null, locale), request);
    }

    @ExceptionHandler(SearchBusyException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ProblemDetail searchBusy(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        log.info("503 {}: every search is busy", VisitorText.loggable(request.getRequestURI()));
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("api.search-busy", null, locale), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidRequest(InvalidRequestException ex, HttpServletRequest request, Locale locale) {
        log.info("400 {}: {}", VisitorText.describe(request), ex.getMessageKey());
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale),
                request);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

}
