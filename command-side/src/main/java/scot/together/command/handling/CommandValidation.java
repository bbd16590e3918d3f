package scot.together.command.handling;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.together.api.text.Violations;
import scot.together.command.RuleViolation;

/**
 * Checks every command against the constraints on its record in shared-api (the text rules of
 * {@code scot.together.api.text} above all) before any handler sees it, with Axon's
 * {@link BeanValidationInterceptor}. It runs where commands are handled, so a command is
 * checked whichever process or page sent it; a refused one is a {@code VALIDATION} refusal
 * naming the field (through {@link Refusals}), and nothing is recorded.
 */
@Component
@Order(3)
public class CommandValidation implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final BeanValidationInterceptor<CommandMessage<?>> beanValidation;

    public CommandValidation(ValidatorFactory validatorFactory) {
        this.beanValidation = new BeanValidationInterceptor<>(validatorFactory);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            beanValidation.handle(unitOfWork.getMessage());
        } catch (JSR303ViolationException e) {
            throw RuleViolation.validation(Violations.describe(e.getViolations()) + ".");
        }
        return chain.proceed();
    }
}
