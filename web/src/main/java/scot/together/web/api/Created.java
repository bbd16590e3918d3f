package scot.together.web.api;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The answer to a create: 201, the new id, and where to find it. */
final class Created {

    private Created() {
    }

    static ResponseEntity<Map<String, String>> at(String path, Object id) {
        return ResponseEntity.created(URI.create(path + "/" + id)).body(Map.of("id", id.toString()));
    }
}
