package scot.together.web.security;

/** The roles of Together (domain.md); a user's authorities are ROLE_ + these names. */
public enum Role {
    SOCIAL_WORKER,
    HEAD_OF_SERVICE,
    HEAD_OF_EDUCATION,
    HEAD_OF_CF_SOCIAL_WORK,
    BOARD_MEMBER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Who works with children's records: social workers and the heads. */
    public static final Role[] CASEWORK = {SOCIAL_WORKER, HEAD_OF_SERVICE, HEAD_OF_EDUCATION, HEAD_OF_CF_SOCIAL_WORK};
    /** Who records children, episodes, homes and moves. */
    public static final Role[] RECORDERS = {SOCIAL_WORKER, HEAD_OF_SERVICE};
    /** Who reads reports. */
    public static final Role[] REPORT_READERS = {SOCIAL_WORKER, HEAD_OF_SERVICE, HEAD_OF_EDUCATION,
            HEAD_OF_CF_SOCIAL_WORK, BOARD_MEMBER};
}
