package scot.together.query.history;

import java.util.UUID;

/**
 * How children and homes are named in a description. For a reader who may not know who the
 * children are, a child is named only by pseudonym.
 */
public interface Names {

    String child(UUID childId);

    String home(UUID homeId);

    boolean pseudonymised();
}
