package scot.together.command.lookups;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.together.api.admin.RebuildLookups;

/** Every command is decided on look-ups that have caught up with every acknowledged event. */
@Component
@Order(3)
public class LookupsBeforeDecisions implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Lookups lookups;

    public LookupsBeforeDecisions(Lookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        // a rebuild empties the look-ups and applies every event itself
        if (!(unitOfWork.getMessage().getPayload() instanceof RebuildLookups)) {
            lookups.catchUp();
        }
        return chain.proceed();
    }
}
