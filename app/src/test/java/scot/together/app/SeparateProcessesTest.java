package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import scot.together.app.processes.CommandSideProcess;
import scot.together.app.processes.QuerySideProcess;
import scot.together.app.processes.WebProcess;
import scot.together.platform.DatabaseRoles;

/**
 * Each of the three processes of deploy/ wires up on its own, with only its own side in it:
 * the web has no database at all. (Axon Server, which connects them, is switched off here.)
 */
class SeparateProcessesTest {

    private static final String NO_AXON_SERVER = "--axon.axonserver.enabled=false";

    @Test
    void eachSideStartsAloneWithOnlyItsOwnParts(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext command = start(CommandSideProcess.class, "command-side",
                "--together.data-dir=" + dataDir)) {
            List<String> sameDatabase = command.getBean(DatabaseRoles.class).springArguments();
            assertThat(command.containsBean("placements")).isTrue();
            assertThat(command.containsBean("childQueries")).isFalse();
            assertThat(command.containsBean("childrenController")).isFalse();

            try (ConfigurableApplicationContext query = start(QuerySideProcess.class, "query-side",
                    sameDatabase.toArray(String[]::new))) {
                assertThat(query.containsBean("childQueries")).isTrue();
                assertThat(query.containsBean("placements")).isFalse();
                assertThat(query.containsBean("childrenController")).isFalse();
            }
        }
        try (ConfigurableApplicationContext web = start(WebProcess.class, "web", "--server.port=0")) {
            assertThat(web.containsBean("childrenController")).isTrue();
            assertThat(web.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(web.containsBean("placements")).isFalse();
            assertThat(web.containsBean("childQueries")).isFalse();
        }
    }

    private static ConfigurableApplicationContext start(Class<?> process, String profile, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = NO_AXON_SERVER;
        return new SpringApplicationBuilder(process).profiles(profile).run(all);
    }
}
