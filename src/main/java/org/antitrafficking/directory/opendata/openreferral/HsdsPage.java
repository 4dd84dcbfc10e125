package org.antitrafficking.directory.opendata.openreferral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.antitrafficking.directory.api.Paging;
import org.antitrafficking.directory.readmodel.InvalidRequestException;

/**
 * One page of a collection as HSDS pages them: pages counted from 1, and {@code size} the
 * number of records on this page. An empty collection has one empty page; a page past the
 * last is refused.
 */
record HsdsPage<T>(@JsonProperty("total_items") int totalItems, @JsonProperty("total_pages") int totalPages,
        @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
        @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

    static <T> HsdsPage<T> of(List<T> all, Paging paging) {
        int totalPages = (all.size() + paging.size() - 1) / paging.size();
        if (paging.page() > 1 && paging.page() > totalPages) {
            throw new InvalidRequestException("api.invalid.page-out-of-range", paging.page(), totalPages);
        }
        int from = Math.min((paging.page() - 1) * paging.size(), all.size());
        List<T> contents = List.copyOf(all.subList(from, Math.min(from + paging.size(), all.size())));
        return new HsdsPage<>(all.size(), totalPages, paging.page(), contents.size(), paging.page() == 1,
                paging.page() >= totalPages, all.isEmpty(), contents);
    }
}
