package scot.together.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import scot.together.api.Role;
import scot.together.events.CareCategory;
import scot.together.events.care.InterventionSetting;
import scot.together.events.care.PermanenceKind;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.events.family.RelationshipKind;
import scot.together.events.family.ReviewOutcome;
import scot.together.events.home.HomeKind;

/** Plain words, in the language of care, for the codes the service keeps. Used by the templates as {@code @words}. */
@Component("words")
public class Words {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);

    public String category(CareCategory category) {
        if (category == null) {
            return "Not looked after";
        }
        return switch (category) {
            case LOOKED_AFTER_AT_HOME -> "Looked after at home";
            case LOOKED_AFTER_AWAY_FROM_HOME -> "Looked after away from home";
            case PREVIOUSLY_LOOKED_AFTER -> "Previously looked after (care leaver)";
            case CARE_EXPERIENCED_INFORMAL -> "Care experienced (informal care)";
        };
    }

    public String homeKind(HomeKind kind) {
        return switch (kind) {
            case FOSTER -> "Foster family";
            case KINSHIP -> "Kinship carers (family or friends)";
            case RESIDENTIAL -> "Children's house";
            case ADOPTIVE -> "Adoptive family";
            case SECURE -> "Secure care";
            case SUPPORTED_LODGINGS -> "Supported lodgings";
            case AT_HOME_WITH_PARENTS -> "At home with parents";
            case OTHER_COMMUNITY -> "Other home in the community";
        };
    }

    /** A kind of home kept as its name (null or unknown: said plainly). */
    public String homeKindOf(String kind) {
        try {
            return kind == null ? "Kind not known" : homeKind(HomeKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            return "Kind not known";
        }
    }

    /** An exclusion's standing, for the child's page and the heads. */
    public String exclusionStatus(String status) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> "Waiting for both heads";
            case "APPROVED" -> "Approved by both heads";
            case "REFUSED" -> "Refused: the pupil stays in school";
            case "INFORMAL" -> "Informal (sent home or a part-time timetable)";
            default -> "";
        };
    }

    /** A brother or sister relationship as the child sees it. */
    public String relationship(String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "FULL" -> "Brother or sister";
            case "HALF" -> "Half brother or sister";
            case "STEP" -> "Step brother or sister";
            default -> "Like a brother or sister";
        };
    }

    public String role(String role) {
        return Role.inWords(role);
    }

    public String date(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** How many children, in words: "1 child", "3 children". */
    public String children(int count) {
        return count + (count == 1 ? " child" : " children");
    }

    /** The ages a home is approved for, in whole years (null: no limit that way). */
    public String ages(Integer youngest, Integer oldest) {
        if (youngest == null && oldest == null) {
            return "Any age";
        }
        if (youngest == null) {
            return "Up to " + oldest;
        }
        return oldest == null ? youngest + " and over" : youngest + " to " + oldest;
    }

    /** Whether a home is within the council's area, in words. */
    public String area(boolean withinAuthority) {
        return withinAuthority ? "Within the council\u2019s area" : "Outwith the council\u2019s area";
    }

    /** When something was recorded, on the council's clock. */
    public String recorded(Instant at) {
        return at == null ? "" : RECORDED.format(at.atZone(LONDON));
    }

    /** The day something was recorded, in words, on the council's clock. */
    public String day(Instant at) {
        return at == null ? "" : LONG.format(at.atZone(LONDON));
    }

    /** A date as the forms take it, to fill a field again. */
    public String field(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public Map<String, String> relationshipKinds() {
        return choices(RelationshipKind.values(), kind -> relationship(kind.name()));
    }

    public Map<String, String> frequencies() {
        Map<String, String> often = new LinkedHashMap<>();
        often.put(FamilyTimeFrequency.WEEKLY.name(), "Every week");
        often.put(FamilyTimeFrequency.FORTNIGHTLY.name(), "Every fortnight");
        often.put(FamilyTimeFrequency.MONTHLY.name(), "Every month");
        often.put(FamilyTimeFrequency.QUARTERLY.name(), "Every three months");
        return often;
    }

    public Map<String, String> interventionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(InterventionSetting.OWN_HOUSE.name(), "One of the council's own children's houses");
        settings.put(InterventionSetting.COMMISSIONED_SERVICE.name(), "A service the council commissions");
        settings.put(InterventionSetting.SCHOOL.name(), "School");
        settings.put(InterventionSetting.HEALTH.name(), "Health service");
        return settings;
    }

    public Map<String, String> yesNo() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("yes", "Yes");
        answers.put("no", "No");
        return answers;
    }

    public Map<String, String> categoryChoices() {
        return choices(CareCategory.values(), this::category);
    }

    public String permanence(String kind) {
        return switch (PermanenceKind.valueOf(kind)) {
            case RETURN_HOME -> "Return home to their family";
            case KINSHIP_CARE -> "Living with kinship carers (family or friends)";
            case LONG_TERM_FOSTERING -> "Long-term foster family";
            case PERMANENCE_ORDER -> "Permanence order";
            case ADOPTION -> "Adoption";
            case OTHER -> "Another permanent plan";
        };
    }

    public Map<String, String> permanenceKinds() {
        return choices(PermanenceKind.values(), kind -> permanence(kind.name()));
    }

    public Map<String, String> reviewOutcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put(ReviewOutcome.CONTINUE.name(), "They stay apart for now, reviewed again by the next review date");
        outcomes.put(ReviewOutcome.REUNITE.name(), "Work towards them living together again");
        return outcomes;
    }

    public Map<String, String> homeKindChoices() {
        return choices(HomeKind.values(), this::homeKind);
    }

    /** Each child's id to the words shown beside their checkbox, in the list's order. */
    public static <T> Map<String, String> children(List<T> children, java.util.function.Function<T, UUID> id,
                                                   java.util.function.Function<T, String> words) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (T child : children) {
            choices.put(id.apply(child).toString(), words.apply(child));
        }
        return choices;
    }

    /** Each constant's name to its words, in the constants' order. */
    private static <E extends Enum<E>> Map<String, String> choices(E[] constants,
                                                                  java.util.function.Function<E, String> words) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (E constant : constants) {
            choices.put(constant.name(), words.apply(constant));
        }
        return choices;
    }
}
