package org.antitrafficking.directory.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.antitrafficking.directory.readmodel.RecordKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An example for every response of every operation of the OpenAPI document. A 200 body is
 * a real response, trimmed to a record or two, kept as
 * {@code openapi/examples/{operationId}.json}; the linters of the build check each
 * against its schema. A problem detail is made from the message the API answers with.
 * Only operations that look a record up by its slug can answer 404, so the others do not
 * list it.
 */
@Component
class ApiExamples {

    private static final String FOLDER = "openapi/examples/";

    private static final String JSON = "application/json";

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String UNKNOWN_SLUG = "unknown";

    private final MessageSource messages;

    private final JsonMapper json;

    ApiExamples(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void addTo(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get != null) {
                addTo(path, get);
            }
        });
    }

    private void addTo(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        // A request for a slug is checked for unknown parameters before the slug is
        // looked up.
        String instance = path.replace("{slug}", UNKNOWN_SLUG);
        example(responses.get("200"), JSON, body(operation.getOperationId()));
        example(responses.get("400"), PROBLEM_JSON, problem(HttpStatus.BAD_REQUEST, instance,
                message("api.unknown-parameter", "lang", accepted(operation))));
        Optional<RecordKind> kind = kindLookedUpAt(path);
        if (kind.isPresent()) {
            example(responses.get("404"), PROBLEM_JSON,
                    problem(HttpStatus.NOT_FOUND, instance, message("api.not-found", kind.get().slug(), UNKNOWN_SLUG)));
        }
        else {
            responses.remove("404");
        }
        example(responses.get("503"), PROBLEM_JSON,
                problem(HttpStatus.SERVICE_UNAVAILABLE, instance, message("api.unavailable")));
    }

    private Object body(String operationId) {
        ClassPathResource resource = new ClassPathResource(FOLDER + operationId + ".json");
        if (!resource.exists()) {
            throw new IllegalStateException("No example of the response of operation " + operationId + ": add "
                    + "src/main/resources/" + FOLDER + operationId + ".json");
        }
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, Object.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The kind of record an operation such as {@code /api/v1/agencies/{slug}} looks up.
     */
    private static Optional<RecordKind> kindLookedUpAt(String path) {
        for (RecordKind kind : RecordKind.values()) {
            if (path.equals("/api/v1" + kind.path("{slug}"))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The query parameters an operation accepts, in the order the refusal of an unknown
     * one lists them.
     */
    private static String accepted(Operation operation) {
        String names = (operation.getParameters() == null) ? ""
                : operation.getParameters()
                    .stream()
                    .filter(parameter -> "query".equals(parameter.getIn()))
                    .map(Parameter::getName)
                    .sorted()
                    .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private static Map<String, Object> problem(HttpStatus status, String instance, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    private static void example(ApiResponse response, String mediaType, Object example) {
        if (response != null && response.getContent() != null && response.getContent().get(mediaType) != null) {
            response.getContent().get(mediaType).setExample(example);
        }
    }

}
