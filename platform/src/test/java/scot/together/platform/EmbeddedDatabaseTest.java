package scot.together.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL's own settings reach the embedded server, but never loosen what keeps a commit on disk. */
class EmbeddedDatabaseTest {

    @Test
    void takesPostgresSettingsButKeepsCommitsOnDisk(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, Duration.ofSeconds(60),
                Map.of("work_mem", "5MB", "fsync", "off", "synchronous_commit", "off"))) {
            DatabaseRoles roles = database.roles();
            try (Connection connection = DriverManager.getConnection(roles.url(), roles.runtime().username(),
                    roles.runtime().password())) {
                assertThat(setting(connection, "work_mem")).isEqualTo("5MB");
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
