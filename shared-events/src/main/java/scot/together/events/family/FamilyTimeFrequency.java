package scot.together.events.family;

/** How often family time is planned. */
public enum FamilyTimeFrequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    QUARTERLY
}
