package scot.together.query.care;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.events.care.InterventionSetting;
import scot.together.events.care.PermanencePlanRecorded;
import scot.together.events.care.PhysicalInterventionRecorded;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;
import scot.together.query.history.Describes;

/** Plain words for restraint, secure care and permanence. Free text is left out for pseudonymised readers. */
@Configuration
public class CareDescriptions {

    static String setting(InterventionSetting setting) {
        return switch (setting) {
            case OWN_HOUSE -> "in one of the council's own houses";
            case COMMISSIONED_SERVICE -> "in a commissioned service";
            case SCHOOL -> "at school";
            case HEALTH -> "in a health setting";
        };
    }

    @Bean
    Describes<PhysicalInterventionRecorded> physicalInterventionRecorded() {
        return Describes.of(PhysicalInterventionRecorded.class, (e, names) -> "Physically held " + setting(e.setting())
                + (names.pseudonymised() ? "" : (e.whatHappened() == null ? "" : ": " + e.whatHappened())
                        + (e.followUp() == null ? "" : ". Follow-up: " + e.followUp())));
    }

    @Bean
    Describes<SecureCareAdmitted> secureCareAdmitted() {
        return Describes.of(SecureCareAdmitted.class, (e, names) -> "Admitted to secure care"
                + (names.pseudonymised() || e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()));
    }

    @Bean
    Describes<SecureCareDischarged> secureCareDischarged() {
        return Describes.of(SecureCareDischarged.class, (e, names) -> "Left secure care");
    }

    @Bean
    Describes<PermanencePlanRecorded> permanencePlanRecorded() {
        return Describes.of(PermanencePlanRecorded.class, (e, names) -> "Permanent plan agreed: "
                + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
