package scot.together.web.problems;

import java.util.List;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.queryhandling.NoHandlerForQueryException;

/**
 * Failures that mean a part of Together is out of reach for now (Axon Server, or the process
 * that handles the request), not a fault in the request or the code: they
 * answer 503 with Retry-After, so a client and a worker know to try again shortly.
 */
final class Unavailable {

    private static final List<Class<? extends Throwable>> OUT_OF_REACH = List.of(
            AxonServerException.class, NoHandlerForCommandException.class, NoHandlerForQueryException.class,
            CommandDispatchException.class);

    private Unavailable() {
    }

    /** Whether the failure, or any failure it was caused by, is one of a part out of reach. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable current = cause;
            if (OUT_OF_REACH.stream().anyMatch(kind -> kind.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
