package org.antitrafficking.directory.opendata.openreferral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.search.SearchWords;
import org.antitrafficking.directory.web.VisitorText;

/**
 * How the HSDS API reads its filters: the searched words, and the time a record must have
 * changed on or after.
 */
final class HsdsFilters {

    /** Longer searches are refused rather than cut, as on the site. */
    static final int MAX_SEARCH_LENGTH = 200;

    private HsdsFilters() {
    }

    /**
     * Records whose texts hold every searched word, anywhere (so a word's start finds
     * it); all without words.
     */
    static <T> Predicate<T> searching(String search, Function<T, Stream<String>> texts) {
        if (search != null && search.strip().length() > MAX_SEARCH_LENGTH) {
            throw new InvalidRequestException("error.400.query-too-long", MAX_SEARCH_LENGTH);
        }
        // A one-letter word is in nearly every text, so it narrows nothing.
        List<String> words = SearchWords.of(search).stream().filter(word -> word.length() > 1).toList();
        if (words.isEmpty()) {
            return record -> true;
        }
        return record -> {
            String text = texts.apply(record)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        };
    }

    /** An ISO 8601 date and time with its offset, or a date (its start, in UTC). */
    static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        }
        catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            catch (DateTimeParseException notDate) {
                throw new InvalidRequestException("api.invalid.modified-after", VisitorText.echo(value));
            }
        }
    }

}
