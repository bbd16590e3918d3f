package scot.together.api;

/** The roles of Together (domain.md), the one list for every process; a user's authorities are ROLE_ + these names. */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    HEAD_OF_SERVICE("Head of Service"),
    HEAD_OF_EDUCATION("Head of Education"),
    HEAD_OF_CF_SOCIAL_WORK("Head of Children and Families Social Work"),
    BOARD_MEMBER("Corporate Parenting Board"),
    ADMIN("System administrator");

    private final String inWords;

    Role(String inWords) {
        this.inWords = inWords;
    }

    /** The role as a person reads it on a page, in a history or a CSV. */
    public String inWords() {
        return inWords;
    }

    /** A role's name in words; a name that is no role (an older or an identity provider's) as it is. */
    public static String inWords(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role.inWords;
            }
        }
        return name == null ? "" : name;
    }

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
