package scot.together.query.rebuild;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;

/**
 * Why a read model could not take an event in, in words that hold no personal data: what kind
 * of failure, the SQL state when the database refused it, and the handler it happened in. Never
 * the failure's own message, which may quote the event's text (PostgreSQL's detail quotes a row).
 */
public final class WhyParked {

    private WhyParked() {
    }

    /** Park every event a handler fails on, with why in words that hold no personal data. */
    public static EnqueuePolicy<EventMessage<?>> policy() {
        return (letter, failure) -> Decisions.enqueue(of(failure));
    }

    static ThrowableCause of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Throwable root = chain.get(chain.size() - 1);
        String what = chain.stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .findFirst().map(WhyParked::refusedBy)
                .orElseGet(() -> chain.stream().anyMatch(SerializationException.class::isInstance)
                        ? "The event could not be read" : "The read model failed on it");
        String where = chain.stream().flatMap(t -> List.of(t.getStackTrace()).stream())
                .filter(frame -> frame.getClassName().startsWith("scot.together.query.")
                        && !frame.getClassName().startsWith(HandlerSavepoints.class.getName()))
                .findFirst().map(frame -> " in " + simpleName(frame.getClassName()) + "." + frame.getMethodName())
                .orElse("");
        return new ThrowableCause(root.getClass().getName(), what + " (" + root.getClass().getSimpleName() + where
                + ").");
    }

    private static String refusedBy(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String meaning;
        if (state.equals("22021")) {
            meaning = "a character it cannot store, such as U+0000";
        } else if (state.startsWith("22")) {
            meaning = "a value it cannot store";
        } else if (state.startsWith("23")) {
            meaning = "a rule of the read model's tables";
        } else if (state.startsWith("08") || state.startsWith("57") || state.startsWith("53")) {
            meaning = "the database was unavailable";
        } else {
            meaning = "an error";
        }
        return "The database refused it: " + meaning + " (SQL state " + (state.isEmpty() ? "unknown" : state) + ")";
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
