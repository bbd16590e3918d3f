package scot.together.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer, with the checks tests make of it. */
public record Response(int status, String body, HttpHeaders headers) {

    public JsonNode json() {
        return Api.parse(body);
    }

    /** Fails, showing the body, unless the status is the one expected. */
    public Response expect(int expected) {
        if (status != expected) {
            throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
        }
        return this;
    }

    /** The id a create answered with (after checking it answered 201). */
    public String id() {
        return expect(201).json().get("id").asText();
    }

    /** The stable code of a problem answer. */
    public String code() {
        return json().path("code").asText();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
