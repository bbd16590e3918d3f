package scot.together.app.processes;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query side on its own: projections into the read-model tables and the query handlers,
 * connected to the others through Axon Server. Start with
 * {@code java -Dloader.main=scot.together.app.processes.QuerySideProcess -jar together.jar};
 * start as many as the reads need: they share each read model's segments.
 */
@SpringBootApplication(scanBasePackages = "scot.together.query")
public class QuerySideProcess {

    public static void main(String[] args) {
        Processes.disableUpdateCheck();
        new SpringApplicationBuilder(QuerySideProcess.class).profiles("query-side").run(args);
    }

    /**
     * Query sides started together on a new database race to give the token store its identity
     * (Axon inserts it on first use); the one that loses that race reads the winner's instead of
     * failing to start.
     */
    @Bean
    public SmartInitializingSingleton tokenStoreIdentity(TokenStore tokenStore, TransactionManager transactions) {
        return () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    transactions.fetchInTransaction(tokenStore::retrieveStorageIdentifier);
                    return;
                } catch (RuntimeException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        };
    }

    @Bean
    public MaxSegmentProvider sharedSegments(JdbcTemplate jdbc, TokenSchema tokenSchema) {
        return new SharedSegments(jdbc, tokenSchema);
    }
}
