package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/**
 * What changes a record already made, in the browser: a move marked as recorded in error from the
 * child's story (the child lives where they were before, the story keeps the move, tagged, beside
 * the correction, and the service's refusals show on the form); a Head of Service's review that
 * starts work towards brothers and sisters living together again; the end of a family time plan,
 * without scripts.
 */
class CorrectionJourneysTest extends BrowserTest {

    private static final String MOVE = "Moved to Oak Lodge; the previous home ended before it was planned to";

    private final CouncilStory story = new CouncilStory(api);

    @Test
    void aMoveRecordedInErrorIsMarkedFromTheStoryAndTheChildLivesWhereTheyWereBefore() {
        String lewis = story.child("Lewis", "Mistake", "2012-06-06");
        String birch = story.home("Birch House", "RESIDENTIAL", true);
        String oak = story.home("Oak Lodge", "FOSTER", true);
        story.accommodated(lewis, "2025-01-06");
        story.place(lewis, birch, "2025-01-06", null).expect(204);
        story.place(lewis, oak, "2025-04-01", "UNPLANNED").expect(204);

        browser.signIn("social.worker").go("/children/" + lewis);
        assertThat(browser.text("#lives-at")).isEqualTo("Oak Lodge");
        assertThat(browser.texts(".together-episode li")).containsExactly(
                "Birch House, from 6 January 2025 to 1 April 2025", "Oak Lodge, from 1 April 2025 Move");

        browser.followLabelled("This was recorded in error: " + MOVE);
        assertThat(browser.heading()).isEqualTo("Mark as recorded in error");
        assertThat(browser.text("#reason-hint")).isEqualTo("What was recorded: " + MOVE + " (1 April 2025)");
        String form = browser.path();
        browser.checkAccessibility().press("Mark it as recorded in error");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter why it was recorded in error.");
        browser.checkAccessibility();
        browser.type("reason", "Oak Lodge was offered, but Lewis never moved there").press("Mark it as recorded in error");

        assertThat(browser.heading()).isEqualTo("Lewis Mistake");
        assertThat(browser.text(".together-done"))
                .isEqualTo("It is marked as recorded in error. Their story keeps it, marked, beside the correction.");
        assertThat(browser.text("#lives-at")).isEqualTo("Birch House");
        assertThat(browser.texts(".together-episode li")).containsExactly("Birch House, from 6 January 2025");
        assertThat(browser.texts(".together-timeline__item")).anySatisfy(entry -> assertThat(entry)
                .startsWith("1 April 2025\nRecorded in error\n" + MOVE))
                .anySatisfy(entry -> assertThat(entry).contains("Correction\nMarked as recorded in error: \u201c" + MOVE
                        + "\u201d (1 April 2025). Why: Oak Lodge was offered, but Lewis never moved there"));
        // neither the move in error nor its correction is offered for marking again; the first home still is
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                "a[aria-label^='This was recorded in error: Moved'], a[aria-label^='This was recorded in error: Marked']")))
                .isEmpty();
        assertThat(browser.texts(".together-timeline a")).contains("This was recorded in error");
        browser.checkAccessibility().screenshot("child-move-in-error");

        // the service's refusals show on the form, in plain words
        browser.go(form).type("reason", "Twice").press("Mark it as recorded in error");
        assertThat(browser.texts(".ds_error-summary__list a"))
                .containsExactly("This record has already been marked as recorded in error.");
        assertThat(browser.title()).startsWith("Error: ");
        JsonNode history = api.as("social.worker").get("/api/children/" + lewis + "/history").expect(200).json();
        assertThat(entriesOf(history, "ChildPlaced")).extracting(entry -> entry.path("inError").asBoolean())
                .containsExactly(false, true);
        String correction = entriesOf(history, "RecordMarkedInError").get(0).path("eventId").asText();
        // a board member reads the correction without its free text, and the home only by its kind
        JsonNode seenByBoard = api.as("board.member").get("/api/children/" + lewis + "/history").expect(200).json();
        assertThat(entriesOf(seenByBoard, "RecordMarkedInError").get(0).path("summary").asText())
                .isEqualTo("Marked as recorded in error: \u201c" + MOVE.replace("Oak Lodge",
                        "a foster home within the council's area") + "\u201d (1 April 2025)");
        browser.go("/children/" + lewis + "/record/in-error/" + correction).type("reason", "Undo it")
                .press("Mark it as recorded in error");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly(
                "A correction cannot itself be marked in error; record the right facts instead.");
        browser.go("/children/" + lewis + "/record/in-error/" + UUID.randomUUID());
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.signOut();

        // a Head of Education reads the story but may not mark anything in it
        browser.signIn("head.of.education").go("/children/" + lewis);
        assertThat(browser.texts(".together-timeline__summary")).contains(MOVE);
        assertThat(browser.texts("a")).doesNotContain("This was recorded in error");
        browser.go(form);
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.signOut();
    }

    @Test
    void aHeadOfServiceReviewDecidesBrothersAndSistersWillLiveTogetherAgain() {
        List<String> children = brothersAndSisters("Reunite", "Ruaridh", "2011-01-01", "Skye", "2013-03-03");
        story.separationAgreed(children, todayDate().plusDays(7), api.as("head.of.service2"));

        browser.signIn("head.of.service").follow("Separations to decide");
        assertThat(browser.text("table[aria-labelledby=reviews]")).contains("Ruaridh Reunite, Skye Reunite");
        browser.follow("Record the review").type("reviewedOn", today()).choose("outcome-REUNITE")
                .checkAccessibility().press("Record the review");
        assertThat(browser.heading()).isEqualTo("Separations to decide");
        assertThat(browser.text(".together-done"))
                .isEqualTo("The review is recorded: work starts towards the children living together again.");
        assertThat(browser.text("#main-content")).contains("No separation is due for review in the next four weeks.");

        browser.go("/children/" + children.get(1));
        assertThat(browser.text("table[aria-labelledby=separations]"))
                .contains("Ruaridh Reunite, Skye Reunite", "Working towards living together");
        assertThat(browser.texts(".together-timeline__summary")).anySatisfy(summary -> assertThat(summary)
                .containsIgnoringCase("living together again"));
        browser.signOut();
    }

    @Test
    void aFamilyTimePlanEndsFromTheChildsPageWithoutScripts() {
        List<String> children = brothersAndSisters("Endplan", "Iona", "2014-04-04", "Calum", "2016-06-06");
        String iona = children.get(0);
        String plan = api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", children,
                "howOften", "FORTNIGHTLY", "startDate", "2025-03-01")).id();

        browser.signIn("social.worker").go("/children/" + iona).follow("End the plan");
        assertThat(browser.heading()).isEqualTo("End a family time plan");
        assertThat(browser.text("#date-hint")).isEqualTo(
                "Family time for Iona Endplan, Calum Endplan, every fortnight since 1 March 2025. For example, 14/3/2025");
        browser.checkAccessibility().press("End the plan");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the date the family time ends.");
        browser.checkAccessibility().signOut();

        try (Browser plain = Browser.withoutScripts(together.baseUri())) {
            plain.signIn("social.worker").go("/children/" + iona).follow("End the plan").type("date", "1/2/2025")
                    .press("End the plan");
            assertThat(plain.texts(".ds_error-summary__list a"))
                    .containsExactly("The plan began on 2025-03-01; it can end only after that.");
            plain.type("date", today()).type("reason", "Calum now lives with Iona").press("End the plan");
            assertThat(plain.heading()).isEqualTo("Iona Endplan");
            assertThat(plain.text(".together-done")).isEqualTo("The family time plan has ended.");
            assertThat(plain.text("#main-content")).contains("No family time is planned.");
            assertThat(plain.texts(".together-timeline__summary")).contains("Family time plan ended");
            plain.signOut();
        }
        assertThat(api.as("social.worker").post("/api/family-time/plans/" + plan + "/end",
                Map.of("date", CouncilStory.date(todayDate()))).expect(409).code()).isEqualTo("PLAN_ENDED");
    }

    /** Two children of one family, brothers or sisters since the younger was born; their ids, older first. */
    private List<String> brothersAndSisters(String familyName, String older, String olderBorn, String younger,
                                            String youngerBorn) {
        List<String> children = List.of(story.child(older, familyName, olderBorn),
                story.child(younger, familyName, youngerBorn));
        story.brothersAndSisters(children.get(0), children.get(1), "FULL", youngerBorn);
        return children;
    }

    private static List<JsonNode> entriesOf(JsonNode history, String type) {
        return StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.path("type").asText().equals(type)).toList();
    }
}
