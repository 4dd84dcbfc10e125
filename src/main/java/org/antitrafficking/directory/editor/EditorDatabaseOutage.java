package org.antitrafficking.directory.editor;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.antitrafficking.directory.web.VisitorText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An editor's page while the database is away: a 503 in the site's layout, not a 500.
 * Editors' sessions live in PostgreSQL, so Spring Session fails before any controller
 * (and the advice that answers 503 for them) is reached; this filter stands outside it,
 * catches what says the database cannot be reached, and logs one line, without a stack
 * trace.
 */
class EditorDatabaseOutage extends OncePerRequestFilter {

    /** Before Spring Session's filter (SessionRepositoryFilter.DEFAULT_ORDER). */
    static final int ORDER = Integer.MIN_VALUE + 40;

    private static final Logger log = LoggerFactory.getLogger(EditorDatabaseOutage.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (RuntimeException | ServletException ex) {
            Throwable unreachable = unreachable(ex);
            if (unreachable == null) {
                throw ex;
            }
            unavailable(request, response, unreachable);
        }
    }

    /**
     * What in the chain of causes says the database cannot be reached, if anything does:
     * Spring Session's transaction cannot begin, a connection cannot be had or made.
     */
    static @Nullable Throwable unreachable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable ex)
            throws IOException {
        log.warn("503 {}: the editors' database is unavailable ({})", VisitorText.loggable(request.getRequestURI()),
                ex.getMessage());
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

}
