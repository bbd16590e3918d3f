package scot.together.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a database's address is configured: the opposite of {@link NoExternalDatabase}. */
class ExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !new NoExternalDatabase().matches(context, metadata);
    }
}
