package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/**
 * The social worker's other forms: family time planned and recorded, an informal exclusion, a
 * physical intervention, the end of an episode; each checked for accessibility. And the same
 * forms with no script at all in the browser.
 */
class CarePagesTest extends BrowserTest {

    @Test
    void aSocialWorkerPlansAndRecordsFamilyTimeAndRecordsAnInformalExclusionAnInterventionAndTheEndOfCare() {
        CouncilStory story = new CouncilStory(api);
        String eilidh = story.child("Eilidh", "Carepage", "2013-01-15");
        String fraser = story.child("Fraser", "Carepage", "2015-03-03");
        String episode = story.accommodated(eilidh, "2025-02-01");
        api.as("social.worker").post("/api/brothers-and-sisters", java.util.Map.of("childId", eilidh,
                "otherChildId", fraser, "kind", "FULL", "since", "2015-03-03")).expect(201);

        browser.signIn("social.worker").go("/children/" + eilidh).follow("Plan or record family time");
        browser.choose("childIds-" + fraser).choose("howOften-FORTNIGHTLY").type("withWhom", "Their gran")
                .type("startDate", "3/3/2025").checkAccessibility().press("Plan the family time");
        assertThat(browser.heading()).isEqualTo("Record family time");
        browser.type("date", "3/3/2025").choose("happened-no").press("Record it");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter why it did not happen.");
        browser.checkAccessibility();
        browser.type("whyNot", "Fraser was unwell").press("Record it");
        assertThat(browser.heading()).isEqualTo("Eilidh Carepage");

        browser.follow("Record an informal exclusion").type("school", "Alva Academy").type("date", "10/3/2025")
                .type("days", "1").type("description", "Sent home after an argument").checkAccessibility()
                .press("Record the informal exclusion");
        assertThat(browser.text(".together-done")).contains("informal exclusion is recorded");

        browser.follow("Record a physical intervention").type("date", "12/3/2025").choose("setting-COMMISSIONED_SERVICE")
                .type("whatHappened", "Held to stop her running into the road").checkAccessibility()
                .press("Record the physical intervention");
        assertThat(browser.text(".together-done")).isEqualTo("The physical intervention is recorded.");

        browser.follow("End the episode of care").type("endDate", "1/2/2025").press("Record the end");
        assertThat(browser.focused()).isEqualTo("error-summary");
        browser.checkAccessibility();
        browser.type("endDate", "31/3/2025").type("reason", "Returned to live with mum").press("Record the end");
        assertThat(browser.text()).contains("Not looked after", "to 31 March 2025");
        assertThat(browser.texts(".together-timeline__summary")).hasSizeGreaterThanOrEqualTo(6);
        browser.signOut();
        assertThat(episode).isNotBlank();
    }

    @Test
    void everyFormWorksWithoutScriptsAndABoardMemberCannotOpenAChildsRecord() {
        String child = new CouncilStory(api).child("Gregor", "Noscript", "2016-07-07");
        try (Browser plain = Browser.withoutScripts(together.baseUri())) {
            plain.signIn("social.worker").go("/children").type("name", "noscript").press("Find");
            assertThat(plain.texts("#results td a")).containsExactly("Gregor Noscript");
            plain.follow("Gregor Noscript").follow("Start an episode of care").press("Record the episode");
            assertThat(plain.texts(".ds_error-summary__list a")).containsExactly("Enter the date the episode began.",
                    "Choose how the child is looked after.");
            plain.type("startDate", "1/6/2025").choose("category").press("Record the episode");
            assertThat(plain.text()).contains("Looked after at home, from 1 June 2025");
            plain.signOut();

            plain.signIn("board.member").go("/children/" + child);
            assertThat(plain.heading()).isEqualTo("You cannot see this page");
            assertThat(plain.text()).doesNotContain("Gregor");
        }
    }
}
