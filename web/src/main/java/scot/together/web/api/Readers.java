package scot.together.web.api;

import java.util.Arrays;
import org.springframework.stereotype.Component;
import scot.together.web.security.Actor;
import scot.together.api.Role;

/** Whether the signed-in reader sees children only by pseudonym: anyone who does not work with their records. */
@Component
public class Readers {

    private final Actor actor;

    public Readers(Actor actor) {
        this.actor = actor;
    }

    public boolean pseudonymised() {
        return Arrays.stream(Role.CASEWORK).noneMatch(actor::holds);
    }
}
