package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * No child's personal data in the logs: a council's story with distinctive names, dates of
 * birth and free text, including refused moves, bad input that quotes the names back, a
 * record in error and a rebuild of the read models, leaves none of it in anything logged.
 */
class PersonalDataInLogsTest extends TogetherTest {

    private static final List<String> PERSONAL = List.of("Oighrig", "Brackenridge", "Fearchar", "2012-07-19",
            "2014-12-03", "was hit by Fearchar");
    private static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>();

    private static String oighrig;

    @BeforeAll
    static void listenToEverythingLogged() {
        LOGGED.start();
        root().addAppender(LOGGED);
    }

    @AfterAll
    static void stopListening() {
        root().detachAppender(LOGGED);
    }

    @Test
    void aCouncilsStoryWithRefusalsBadInputAndARebuildLogsNothingAboutTheChildren() throws Exception {
        CouncilStory story = new CouncilStory(api);
        oighrig = story.child("Oighrig", "Brackenridge", "2012-07-19");
        String fearchar = story.child("Fearchar", "Brackenridge", "2014-12-03");
        String shore = story.home("Shore House", "RESIDENTIAL", true);
        String glen = story.home("Glen Carers", "FOSTER", true);
        api.as("social.worker").post("/api/brothers-and-sisters", Map.of("childId", oighrig, "otherChildId", fearchar,
                "kind", "FULL", "since", "2014-12-03")).expect(201);
        story.accommodated(oighrig, "2024-01-01");
        story.accommodated(fearchar, "2024-01-01");
        story.place(oighrig, shore, "2024-01-01", null).expect(204);
        // refused: it would separate Oighrig from Fearchar, and the refusal names him
        story.place(fearchar, glen, "2024-01-01", null).expect(409);
        // bad input that carries the names
        api.as("social.worker").post("/api/children", "{\"givenName\": \"Oighrig\", \"familyName\": ").expect(400);
        api.as("social.worker").post("/api/children", Map.of("givenName", "Oighrig", "familyName", "Brackenridge",
                "dateOfBirth", "2012-02-30")).expect(400);
        api.as("social.worker").post("/api/children", Map.of("givenName", "Oighrig", "familyName", "Brackenridge",
                "dateOfBirth", 20120719)).expect(400);
        api.as("social.worker").post("/api/children/" + oighrig + "/physical-interventions", Map.of(
                "date", "2024-03-03", "setting", "OWN_HOUSE", "whatHappened", "Oighrig was hit by Fearchar",
                "followUp", "Oighrig Brackenridge talked it through")).expect(201);
        String exclusion = api.as("social.worker").post("/api/exclusions", Map.of("childId", oighrig,
                "school", "Portree High", "startDate", "2024-08-20", "days", 2,
                "reason", "Oighrig Brackenridge was hit by Fearchar")).id();
        api.as("social.worker").post("/api/exclusions/" + exclusion + "/approve",
                Map.of("comment", "Oighrig")).expect(403);
        // the first entry is the registration, which stays; the next one is marked in error
        String placed = api.as("social.worker").get("/api/children/" + oighrig + "/history").expect(200).json()
                .findValuesAsText("eventId").get(1);
        api.as("social.worker").post("/api/records/" + placed + "/in-error",
                Map.of("reason", "Oighrig Brackenridge was recorded twice")).expect(201);
        api.as("social.worker").get("/api/children/" + oighrig).expect(200);
        api.as("head.of.service").get("/api/children/" + oighrig + "/subject-access").expect(200);
        api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);
        awaitRebuilt();

        List<String> logged = LOGGED.list.stream().map(PersonalDataInLogsTest::asWritten).toList();
        // the listener hears the service: the rebuild says so
        assertThat(logged).anyMatch(line -> line.contains("Rebuilding read model"));
        for (String line : logged) {
            for (String personal : PERSONAL) {
                assertThat(line.toLowerCase(Locale.ROOT)).as("logged: %s", line)
                        .doesNotContain(personal.toLowerCase(Locale.ROOT));
            }
            assertThat(line).as("logged: %s", line).doesNotContain(oighrig, fearchar);
        }
    }

    private static void awaitRebuilt() throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            if (!api.as("admin").get("/api/admin/read-models").expect(200).json().findValuesAsText("rebuilding")
                    .contains("true")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The read models were still rebuilding after a minute");
    }

    /** The line as a log file would hold it, with any stack trace. */
    private static String asWritten(ILoggingEvent event) {
        String line = event.getLoggerName() + " " + event.getFormattedMessage();
        return event.getThrowableProxy() == null ? line
                : line + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
