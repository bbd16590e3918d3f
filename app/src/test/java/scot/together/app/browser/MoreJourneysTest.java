package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/**
 * The forms that change what is already recorded: how a child is looked after, secure care,
 * permanent plans, the end of a brother or sister relationship and of a separation, the Head of
 * Service's review of a separation; the family time plans on the child's page; the board's
 * audit history filtered by a kind of record chosen from a list. Each form refuses to record
 * when empty and shows the design system's error summary, then records what is filled in.
 */
class MoreJourneysTest extends BrowserTest {

    private final CouncilStory story = new CouncilStory(api);

    @Test
    void aSocialWorkerChangesHowAChildIsLookedAfterRecordsSecureCareAndAPermanentPlan() {
        String callum = story.child("Callum", "Securecare", "2010-04-04");
        story.accommodated(callum, "2025-01-06");

        browser.signIn("social.worker").go("/children/" + callum).checkAccessibility();
        assertThat(browser.text("#main-content")).contains("Never in secure care.", "No permanent plan is recorded.",
                "No family time is planned.", "No separation from brothers and sisters is agreed.");

        browser.follow("Change how the child is looked after").press("Record the change");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the date it changed.",
                "Choose how the child is looked after now.");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#date");
        browser.checkAccessibility();
        browser.type("date", "1/3/2025").choose("category").press("Record the change");
        assertThat(browser.heading()).isEqualTo("Callum Securecare");
        assertThat(browser.text(".together-done"))
                .isEqualTo("The change in how the child is looked after is recorded.");
        assertThat(browser.text("#main-content")).contains("Looked after at home, from 6 January 2025");

        browser.follow("Record an admission to secure care").press("Record the admission");
        assertThat(browser.texts(".ds_error-summary__list a"))
                .containsExactly("Enter the date the child went into secure care.");
        browser.checkAccessibility();
        browser.type("admittedOn", "10/3/2025").type("reason", "At risk of serious harm").press("Record the admission");
        assertThat(browser.text(".together-done")).isEqualTo("The admission to secure care is recorded.");
        assertThat(browser.text("#main-content")).contains("From 10 March 2025 (still there)");
        assertThat(browser.texts("a")).doesNotContain("Record an admission to secure care");

        browser.follow("Record the discharge").press("Record the discharge");
        assertThat(browser.texts(".ds_error-summary__list a"))
                .containsExactly("Enter the date the child left secure care.");
        browser.checkAccessibility();
        // before the admission: the service refuses and says why, at the date
        browser.type("dischargedOn", "1/3/2025").press("Record the discharge");
        assertThat(browser.text(".ds_error-summary")).contains("admitted on 2025-03-10");
        browser.type("dischargedOn", "24/3/2025").press("Record the discharge");
        assertThat(browser.text(".together-done")).isEqualTo("The discharge from secure care is recorded.");
        assertThat(browser.text("#main-content")).contains("From 10 March 2025 to 24 March 2025");

        browser.follow("Record a permanent plan").press("Record the plan");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Choose the permanent plan.",
                "Enter the date the plan was agreed.");
        browser.checkAccessibility();
        browser.choose("kind-LONG_TERM_FOSTERING").type("agreedOn", "1/4/2025").press("Record the plan");
        assertThat(browser.text(".together-done")).isEqualTo("The permanent plan is recorded.");
        assertThat(browser.texts("ul[aria-labelledby=permanence] li"))
                .containsExactly("Long-term foster family, agreed on 1 April 2025");
        assertThat(browser.texts(".together-timeline__summary"))
                .contains("Admitted to secure care: At risk of serious harm",
                "Permanent plan agreed: long term fostering");
        browser.checkAccessibility().signOut();

        // a Head of Education reads the record but is offered none of these forms, nor let in by address
        browser.signIn("head.of.education").go("/children/" + callum);
        assertThat(browser.texts("a"))
                .doesNotContain("Record a permanent plan", "Change how the child is looked after");
        browser.go("/children/" + callum + "/record/permanent-plan");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.signOut();
    }

    @Test
    void familyTimeIsListedASeparationIsReviewedAndEndsAndABrotherIsNoLongerRecorded() {
        String isla = story.child("Isla", "Together", "2012-02-02");
        String jamie = story.child("Jamie", "Together", "2014-05-05");
        String relationship = story.brothersAndSisters(isla, jamie, "FULL", "2014-05-05");
        api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", List.of(isla, jamie),
                "howOften", "WEEKLY", "withWhom", "Their gran", "startDate", "2025-03-01")).expect(201);
        story.separationAgreed(List.of(isla, jamie), todayDate().plusDays(14), api.as("head.of.service2"));

        browser.signIn("head.of.service").follow("Separations to decide");
        assertThat(browser.text("table[aria-labelledby=reviews]"))
                .contains("Isla Together, Jamie Together", "Due soon");
        browser.follow("Record the review").press("Record the review").screenshot("separation-review-errors");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the date of the review.",
                "Choose what the review decided.");
        assertThat(browser.text(".ds_page-header")).contains("Isla Together, Jamie Together");
        browser.checkAccessibility();
        browser.type("reviewedOn", today()).choose("outcome").press("Record the review");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the date of the next review.");
        String nextReview = todayDate().plusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
        // a form with two dates: each refusal shows once, at the date it is about
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
        browser.type("nextReviewBy", todayDate().plusYears(3).format(typed)).press("Record the review");
        assertThat(browser.texts(".ds_error-summary__list a")).hasSize(1).first().asString()
                .contains("more than two years ahead");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#nextReviewBy");
        assertThat(browser.text("#nextReviewBy-error")).contains("more than two years ahead");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("reviewedOn-error"))).isEmpty();
        browser.checkAccessibility().screenshot("separation-review-refused-at-the-next-date");
        browser.type("reviewedOn", todayDate().plusDays(1).format(typed)).type("nextReviewBy", nextReview)
                .press("Record the review");
        assertThat(browser.texts(".ds_error-summary__list a")).hasSize(1).first().asString().contains("future");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#reviewedOn");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("nextReviewBy-error"))).isEmpty();
        browser.type("reviewedOn", today()).type("nextReviewBy", today()).press("Record the review");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#nextReviewBy");
        assertThat(browser.text("#nextReviewBy-error")).contains("must be after the review");
        browser.type("nextReviewBy", nextReview).press("Record the review");
        assertThat(browser.heading()).isEqualTo("Separations to decide");
        assertThat(browser.text(".together-done")).isEqualTo("The review is recorded, with the date of the next one.");
        assertThat(browser.text("#main-content")).contains("No separation is due for review in the next four weeks.");
        browser.signOut();

        browser.signIn("social.worker").go("/children/" + isla).checkAccessibility().screenshot("child-arrangements");
        assertThat(browser.texts("table[aria-labelledby=family-time] td")).containsExactly(
                "Isla Together, Jamie Together", "Their gran", "Every week", "1 March 2025", "Record what happened",
                "End the plan");
        browser.follow("Record what happened");
        assertThat(browser.heading()).isEqualTo("Record family time");
        browser.type("date", "8/3/2025").choose("happened").press("Record it");
        assertThat(browser.text(".together-done")).isEqualTo("What happened at family time is recorded.");

        assertThat(browser.text("table[aria-labelledby=separations]")).contains("Isla Together, Jamie Together");
        browser.follow("They live together again").press("Record that they live together again");
        assertThat(browser.texts(".ds_error-summary__list a"))
                .containsExactly("Enter the date they live together again.");
        browser.checkAccessibility();
        browser.type("date", today()).type("reason", "Isla's new home has room for Jamie")
                .press("Record that they live together again");
        assertThat(browser.text(".together-done"))
                .isEqualTo("The separation has ended: the children live together again.");
        assertThat(browser.text("#main-content")).contains("No separation from brothers and sisters is agreed.");

        browser.follow("End").press("Record the end");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly(
                "Say why it ends: recorded in error, or no longer holds.", "Enter the date it no longer holds from.");
        browser.checkAccessibility();
        browser.choose("inError").type("date", "5/5/2014").press("Record the end");
        assertThat(browser.heading()).isEqualTo("Isla Together");
        assertThat(browser.text("#main-content")).contains("No brothers or sisters are recorded.");
        assertThat(api.as("social.worker").post("/api/brothers-and-sisters/" + relationship + "/end",
                Map.of("date", "2025-01-01")).expect(409).code()).isEqualTo("ALREADY_ENDED");
        browser.signOut();
    }

    @Test
    void aPermanentPlanIsRecordedWithoutScriptsAndTheBoardFiltersTheAuditHistoryByItsKind() {
        String morag = story.child("Morag", "Plain", "2011-11-11");
        try (Browser plain = Browser.withoutScripts(together.baseUri())) {
            plain.signIn("social.worker").go("/children/" + morag).follow("Record a permanent plan")
                    .press("Record the plan");
            assertThat(plain.texts(".ds_error-summary__list a")).containsExactly("Choose the permanent plan.",
                    "Enter the date the plan was agreed.");
            plain.choose("kind-ADOPTION").type("agreedOn", "31/2/2025").press("Record the plan");
            assertThat(plain.texts(".ds_error-summary__list a"))
                    .containsExactly("The date the plan was agreed must be a real date, for example 14/3/2025.");
            plain.type("agreedOn", "28/2/2025").press("Record the plan");
            assertThat(plain.heading()).isEqualTo("Morag Plain");
            assertThat(plain.texts("ul[aria-labelledby=permanence] li"))
                    .containsExactly("Adoption, agreed on 28 February 2025");
            plain.signOut();

            plain.signIn("board.member").go("/board/audit");
            assertThat(plain.text("#type option:checked")).isEqualTo("All kinds of record");
            plain.select("type", "Permanence plan recorded").press("Filter");
            assertThat(plain.texts("#audit-table tbody td:nth-child(4)")).isNotEmpty()
                    .allSatisfy(summary -> assertThat(summary).startsWith("Permanent plan agreed"));
            assertThat(plain.text("#type option:checked")).isEqualTo("Permanence plan recorded");
            plain.go("/board/audit?type=NoSuchKind");
            assertThat(plain.texts(".ds_error-summary__list a"))
                    .containsExactly("Choose a kind of record from the list.");
            plain.signOut();
        }
        browser.signIn("board.member").go("/board/audit").select("type", "Permanence plan recorded").press("Filter");
        assertThat(browser.texts("#audit-table tbody td:nth-child(4)")).contains("Permanent plan agreed: adoption");
        browser.checkAccessibility().signOut();
    }

    @Test
    void theBoardReadsALongAuditHistoryAPageAtATime() {
        CouncilStory story = new CouncilStory(api);
        String today = todayDate().toString();
        while (api.as("board.member").get("/api/audit?from=" + today + "&to=" + today).expect(200).json()
                .get("entries").size() <= 100) {
            story.home("Home " + java.util.UUID.randomUUID().toString().substring(0, 8), "FOSTER", true);
        }
        browser.signIn("board.member").go("/board/audit");
        assertThat(browser.text("#audit-count")).startsWith("Records 1 to 100 recorded from");
        assertThat(browser.texts("#audit-table tbody tr")).hasSize(100);
        browser.followLabelled("Next page");
        assertThat(browser.text("#audit-count")).startsWith("Records 101 to ");
        assertThat(browser.attribute(".ds_pagination [aria-current=page]", "aria-label")).isEqualTo("Page 2");
        browser.checkAccessibility().followLabelled("Previous page");
        assertThat(browser.text("#audit-count")).startsWith("Records 1 to 100 ");
        browser.signOut();
    }
}
