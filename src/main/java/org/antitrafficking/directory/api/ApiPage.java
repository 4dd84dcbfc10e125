package org.antitrafficking.directory.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.readmodel.InvalidRequestException;

/** One page of a collection, with where it sits in the whole. */
@Schema(description = "One page of a collection and the page metadata.")
public record ApiPage<T>(
        @Schema(description = "The records on this page.", requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
        @Schema(description = "Where this page sits in the whole collection.",
                requiredMode = Schema.RequiredMode.REQUIRED) Metadata page) {

    @Schema(name = "PageMetadata", description = "Page metadata: pages are counted from 1.")
    public record Metadata(
            @Schema(description = "This page's number, from 1.",
                    requiredMode = Schema.RequiredMode.REQUIRED) int number,
            @Schema(description = "The largest number of records on a page.",
                    requiredMode = Schema.RequiredMode.REQUIRED) int size,
            @Schema(description = "How many records the whole collection holds.",
                    requiredMode = Schema.RequiredMode.REQUIRED) long totalElements,
            @Schema(description = "How many pages the collection fills.",
                    requiredMode = Schema.RequiredMode.REQUIRED) int totalPages) {
    }

    /**
     * The page {@code paging} asks for out of the whole list; a page past the last is
     * refused.
     */
    public static <T> ApiPage<T> of(List<T> all, Paging paging) {
        int totalPages = (all.size() + paging.size() - 1) / paging.size();
        checkExists(paging.page(), totalPages);
        int from = Math.min((paging.page() - 1) * paging.size(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new ApiPage<>(List.copyOf(all.subList(from, to)),
                new Metadata(paging.page(), paging.size(), all.size(), totalPages));
    }

    /** A page the database has already cut. */
    public static <T> ApiPage<T> of(List<T> items, Paging paging, long totalElements, int totalPages) {
        checkExists(paging.page(), totalPages);
        return new ApiPage<>(List.copyOf(items), new Metadata(paging.page(), paging.size(), totalElements, totalPages));
    }

    private static void checkExists(int page, int totalPages) {
        if (page > 1 && page > totalPages) {
            throw new InvalidRequestException("api.invalid.page-out-of-range", page, totalPages);
        }
    }
}
