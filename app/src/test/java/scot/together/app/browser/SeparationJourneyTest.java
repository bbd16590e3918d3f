package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/**
 * A move that would part brothers and sisters is refused and says why; the social worker
 * requests a separation from there; the Head of Service agrees in the inbox; the move then succeeds.
 */
class SeparationJourneyTest extends BrowserTest {

    @Test
    void aRefusedMoveLeadsToASeparationRequestThatTheHeadOfServiceApprovesAndThenTheMoveIsRecorded() {
        CouncilStory story = new CouncilStory(api);
        String ailsa = story.child("Ailsa", "Journey", "2014-06-01");
        String brodie = story.child("Brodie", "Journey", "2016-09-12");
        String oak = story.home("Oak House", "RESIDENTIAL", true);
        story.home("Pine Cottage", "FOSTER", true);
        story.accommodated(ailsa, "2025-01-06");
        story.accommodated(brodie, "2025-01-06");
        story.place(ailsa, oak, "2025-01-06", null).expect(204);
        story.place(brodie, oak, "2025-01-06", null).expect(204);

        browser.signIn("social.worker").go("/children/" + ailsa).follow("Record a brother or sister")
                .type("find", "Brodie").press("Find");
        browser.choose("otherChildId").choose("kind").type("since", "12/9/2016").checkAccessibility()
                .press("Record the brother or sister");
        assertThat(browser.texts("table[aria-labelledby=brothers-and-sisters] td")).contains("Brodie Journey",
                "Brother or sister", "Oak House");

        browser.follow("Record a move to a new home").select("homeId", "Pine Cottage (Foster family)")
                .type("startDate", today()).choose("previousHomeEnding").press("Record the move");
        assertThat(browser.heading()).isEqualTo("Record a move to a new home");
        assertThat(browser.text("#apart")).contains("This move would separate brothers and sisters", "Brodie Journey");
        assertThat(browser.text(".ds_error-summary")).contains("Brodie Journey");
        browser.checkAccessibility().screenshot("move-refused");

        browser.follow("Request a separation");
        assertThat(browser.heading()).isEqualTo("Request a separation from brothers and sisters");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("childIds")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("childIds-" + brodie)).isSelected()).isTrue();
        browser.press("Send the request to the Head of Service");
        assertThat(browser.texts(".ds_error-summary__list a")).contains("Enter the kind of assessment.",
                "Enter each child's view, or why it could not be given.");
        browser.checkAccessibility();
        // a form with two dates: the assessment dated tomorrow is refused at its own date, not the review's
        String tomorrow = todayDate().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
        browser.type("assessmentKind", "Together or Apart").type("completedOn", tomorrow)
                .type("summary", "Ailsa needs a specialist foster home; Brodie is settled at Oak House.")
                .type("reason", "Ailsa's needs cannot be met at Oak House.").type("reviewBy", inTwoWeeks())
                .type("view-" + ailsa, "I want to see Brodie every week.")
                .type("whyNot-" + brodie, "Brodie is too young to give a view.")
                .press("Send the request to the Head of Service");
        assertThat(browser.texts(".ds_error-summary__list a")).hasSize(1).first().asString().contains("future");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#completedOn");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("reviewBy-error"))).isEmpty();
        browser.checkAccessibility().screenshot("separation-request-refused-at-the-assessment-date");
        // a review before the assessment: refused at the review's date
        browser.type("completedOn", "1/3/2025").type("reviewBy", "1/2/2025")
                .press("Send the request to the Head of Service");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly(
                "The review date (1 February 2025) cannot be before the day the assessment was completed"
                        + " (1 March 2025).");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#reviewBy");
        browser.type("reviewBy", inTwoWeeks()).press("Send the request to the Head of Service");
        assertThat(browser.heading()).isEqualTo("Ailsa Journey");
        browser.signOut();

        browser.signIn("head.of.service");
        assertThat(browser.text("#separations-waiting")).isEqualTo("1 request is waiting for your decision.");
        browser.follow("Separations to decide");
        assertThat(browser.text()).contains("Together or Apart", "Ailsa needs a specialist foster home",
                "Oak House", "I want to see Brodie every week.", "Not given: Brodie is too young to give a view.");
        browser.checkAccessibility().screenshot("head-of-service-inbox");
        String request = onlyRequest();
        browser.press("Do not agree");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter why you do not agree.");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#comment-" + request);
        browser.checkAccessibility();
        browser.type("comment-" + request, "Agreed; weekly family time.").press("Agree to the separation");
        assertThat(browser.text(".together-done")).isEqualTo("You agreed to the separation.");
        assertThat(browser.text("#nothing-waiting")).isEqualTo("No request is waiting for your decision.");
        assertThat(browser.text("table[aria-labelledby=reviews]")).contains("Ailsa Journey, Brodie Journey", "Due soon");
        browser.signOut();

        browser.signIn("social.worker").go("/children/" + ailsa).follow("Record a move to a new home")
                .select("homeId", "Pine Cottage (Foster family)").type("startDate", today())
                .choose("previousHomeEnding").press("Record the move");
        assertThat(browser.heading()).isEqualTo("Ailsa Journey");
        assertThat(browser.text("#lives-at")).isEqualTo("Pine Cottage");
        browser.signOut();
    }

    @Test
    void brothersAndSistersWhoMoveTogetherAreRecordedAtOnce() {
        CouncilStory story = new CouncilStory(api);
        String catriona = story.child("Catriona", "Together", "2013-02-02");
        String dougie = story.child("Dougie", "Together", "2015-05-05");
        String elm = story.home("Elm House", "RESIDENTIAL", true);
        story.home("Birch Foster Family", "FOSTER", true);
        story.accommodated(catriona, "2025-01-06");
        story.accommodated(dougie, "2025-01-06");
        story.place(catriona, elm, "2025-01-06", null).expect(204);
        story.place(dougie, elm, "2025-01-06", null).expect(204);
        api.as("social.worker").post("/api/brothers-and-sisters", java.util.Map.of("childId", catriona,
                "otherChildId", dougie, "kind", "FULL", "since", "2015-05-05")).expect(201);

        browser.signIn("social.worker").go("/children/" + catriona).follow("Record a move to a new home")
                .select("homeId", "Birch Foster Family (Foster family)").type("startDate", "1/6/2025")
                .choose("alsoMoving").choose("previousHomeEnding").checkAccessibility().press("Record the move");
        assertThat(browser.heading()).isEqualTo("Catriona Together");
        assertThat(browser.text("#lives-at")).isEqualTo("Birch Foster Family");
        assertThat(browser.texts("table[aria-labelledby=brothers-and-sisters] td")).contains("Dougie Together",
                "Birch Foster Family");
        browser.signOut();
    }

    private static String inTwoWeeks() {
        return todayDate().plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    private static String onlyRequest() {
        var requests = api.as("head.of.service").get("/api/separations?status=REQUESTED").expect(200).json();
        assertThat(requests).hasSize(1);
        return requests.get(0).get("id").asText();
    }
}
