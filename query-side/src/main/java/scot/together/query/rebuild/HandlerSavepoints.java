package scot.together.query.rebuild;

import java.time.Duration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import scot.together.platform.ProjectionWrites;

/**
 * Lets a read model park one event and go on with the rest of its batch. A batch of events is
 * one transaction, and once PostgreSQL refuses a statement it refuses the rest of that
 * transaction, the parking of the event too: so a handler that fails must take back only its
 * own writes. Every handler of the query side runs in a savepoint of the batch's transaction,
 * except in a rebuild, where savepoints would slow the replay (a round trip each), and where the
 * handlers' writes are held and sent together before the batch commits ({@link ProjectionWrites}):
 * there a failure, in a handler or in sending the writes, rolls the batch back, the processor
 * takes it again, and for a while after any failure (and while parked events are retried)
 * replays use savepoints, one event at a time, too.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    /** How long replays use savepoints after a failure. */
    static final Duration CAREFUL_FOR = Duration.ofMinutes(10);

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final ProjectionWrites writes;
    private volatile boolean everCareful;
    private volatile long carefulUntil;

    public HandlerSavepoints(PlatformTransactionManager transactions, ProjectionWrites writes) {
        this.transactions = transactions;
        this.writes = writes;
    }

    /** From now on for a while, replayed events are handled in savepoints too. */
    public void takeCare() {
        carefulUntil = System.nanoTime() + CAREFUL_FOR.toNanos();
        everCareful = true;
    }

    private boolean careful() {
        return everCareful && System.nanoTime() - carefulUntil < 0;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean readModelEventHandler = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().getName().startsWith("scot.together.query.");
        return readModelEventHandler ? new InSavepoint<>(original) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private InSavepoint(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (ReplayToken.isReplay(message) && !careful()) {
                try {
                    return writes.heldUntilCommit(() -> super.handle(message, target),
                            HandlerSavepoints.this::takeCare);
                } catch (Exception | Error e) {
                    takeCare();
                    throw e;
                }
            }
            writes.flush();
            TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                transactions.rollback(savepoint);
                throw e;
            }
            transactions.commit(savepoint);
            return result;
        }
    }
}
