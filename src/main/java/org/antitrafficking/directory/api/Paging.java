package org.antitrafficking.directory.api;

import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.web.TakesParameters;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.util.StringUtils;

/**
 * The {@code page} (from 1) and {@code size} an API client asked for, checked: a handler
 * takes it as an argument ({@link PagingResolver}), and the OpenAPI document describes
 * the two parameters ({@link ApiConfiguration}).
 */
@TakesParameters({ Paging.PAGE, Paging.SIZE })
public record Paging(int page, int size) {

    static final String PAGE = "page";

    static final String SIZE = "size";

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size) {
        int number = parse("page", page, 1);
        int perPage = parse("size", size, DEFAULT_SIZE);
        if (number < 1) {
            throw new InvalidRequestException("api.invalid.page", VisitorText.echo(page));
        }
        if (perPage < 1 || perPage > MAX_SIZE) {
            throw new InvalidRequestException("api.invalid.size", VisitorText.echo(size), MAX_SIZE);
        }
        return new Paging(number, perPage);
    }

    private static int parse(String name, String value, int otherwise) {
        if (!StringUtils.hasText(value)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        }
        catch (NumberFormatException ex) {
            throw new InvalidRequestException("api.invalid." + name, VisitorText.echo(value), MAX_SIZE);
        }
    }
}
