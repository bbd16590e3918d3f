package scot.together.web.pages;

import java.util.Optional;
import org.axonframework.messaging.HandlerExecutionException;
import scot.together.api.Refusal;

/** The service's refusal of a command (a rule said no), if that is why it failed. */
final class Refused {

    private Refused() {
    }

    static Optional<Refusal> by(HandlerExecutionException e) {
        return e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
    }
}
