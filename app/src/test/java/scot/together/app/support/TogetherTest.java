package scot.together.app.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * A test class that talks to its own fresh Together (own embedded database), started once
 * for the class: reports see only what the class records.
 */
public abstract class TogetherTest {

    protected static RunningTogether together;
    protected static Api api;

    /** Arguments the test class's Together is started with, e.g. {@code --spring.main.sources=} a bean only it needs. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface StartedWith {
        String[] value();
    }

    @BeforeAll
    static void startTogether(TestInfo test) throws IOException {
        Path dataDir = Files.createTempDirectory("together-test-");
        together = RunningTogether.start(dataDir, test.getTestClass().map(c -> c.getAnnotation(StartedWith.class))
                .map(StartedWith::value).orElse(new String[0]));
        api = together.api();
    }

    @AfterAll
    static void stopTogether() {
        if (together != null) {
            together.close();
        }
    }
}
