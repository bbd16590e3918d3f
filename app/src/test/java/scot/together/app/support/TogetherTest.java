package scot.together.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that talks to its own fresh Together (own embedded database), started once
 * for the class: reports see only what the class records.
 */
public abstract class TogetherTest {

    protected static RunningTogether together;
    protected static Api api;

    @BeforeAll
    static void startTogether() throws IOException {
        Path dataDir = Files.createTempDirectory("together-test-");
        together = RunningTogether.start(dataDir);
        api = together.api();
    }

    @AfterAll
    static void stopTogether() {
        if (together != null) {
            together.close();
        }
    }
}
