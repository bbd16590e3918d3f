package scot.together.command.handling;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import scot.together.api.Refusal;
import scot.together.api.RefusalCode;
import scot.together.command.RuleViolation;

/**
 * Turns a refused command into a {@link CommandExecutionException} whose details are a
 * {@link Refusal}: that is what survives the trip back to the web, in one process or across
 * Axon Server. Outermost of the command interceptors (Axon registers them in this order).
 */
@Component
@Order(1)
public class Refusals implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation e) {
            throw refused(e.refusal(), e);
        } catch (AggregateNotFoundException e) {
            throw refused(new Refusal(RefusalCode.NOT_FOUND, "There is no record " + e.getAggregateIdentifier() + "."), e);
        } catch (PessimisticLockingFailureException e) {
            throw refused(new Refusal(RefusalCode.CONCURRENT_CHANGE,
                    "Someone else changed these records at the same moment; look again and retry."), e);
        }
    }

    private static CommandExecutionException refused(Refusal refusal, Exception cause) {
        return new CommandExecutionException(refusal.detail(), cause, refusal);
    }
}
