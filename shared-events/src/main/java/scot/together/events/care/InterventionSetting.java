package scot.together.events.care;

/** Where a physical intervention happened. */
public enum InterventionSetting {
    /** One of the council's own children's houses. */
    OWN_HOUSE,
    COMMISSIONED_SERVICE,
    SCHOOL,
    HEALTH
}
