package scot.together.api.audit;

import java.util.UUID;

/** A child as a report names them: always by pseudonym; by id too, except for pseudonymised readers. */
public record ChildRef(String pseudonym, UUID id) {
}
