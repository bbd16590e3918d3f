package scot.together.command.family;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import scot.together.command.CommandSideConfiguration;

@Configuration
public class FamilyConfiguration {

    /**
     * A look-up that fails to update must fail the command with it (Axon would otherwise log
     * and carry on, leaving the separation rule reading a stale table).
     */
    @Bean
    public ConfigurerModule lookupsFailWithTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                CommandSideConfiguration.CONSISTENT_LOOKUPS, config -> PropagatingErrorHandler.instance());
    }
}
