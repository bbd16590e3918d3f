package scot.together.events;

/** Categories of care experience (WFS 5). */
public enum CareCategory {
    LOOKED_AFTER_AT_HOME,
    /** "Looked after and accommodated". */
    LOOKED_AFTER_AWAY_FROM_HOME,
    /** A care leaver: care experienced, no longer looked after. */
    PREVIOUSLY_LOOKED_AFTER,
    /** Non-statutory care, for example informal kinship care. */
    CARE_EXPERIENCED_INFORMAL;

    public boolean isLookedAfter() {
        return this == LOOKED_AFTER_AT_HOME || this == LOOKED_AFTER_AWAY_FROM_HOME;
    }

    public boolean isAccommodated() {
        return this == LOOKED_AFTER_AWAY_FROM_HOME;
    }
}
