package scot.together.query.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.events.audit.RecordMarkedInError;
import scot.together.query.history.Describes;

/** Plain words for corrections. The reason is free text, left out for pseudonymised readers. */
@Configuration
public class AuditDescriptions {

    @Bean
    Describes<RecordMarkedInError> recordMarkedInError() {
        return Describes.of(RecordMarkedInError.class, (e, names) -> "The record " + e.eventId() + " ("
                + e.eventType() + ") was marked as recorded in error"
                + (names.pseudonymised() || e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()));
    }
}
