package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/** An exclusion proposed by a social worker happens only when both heads approve it in their inboxes. */
class ExclusionJourneyTest extends BrowserTest {

    @Test
    void bothHeadsApproveAnExclusionEachSeeingTheOthersDecision() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Callum", "Schoolday", "2012-02-20");
        story.accommodated(child, "2024-05-01");

        browser.signIn("social.worker").go("/children/" + child).follow("Propose a school exclusion")
                .press("Ask both heads to decide");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the school.",
                "Enter the first day of the exclusion.", "The number of school days must be a whole number from 1 to 200.",
                "Enter why the school proposes it.");
        browser.checkAccessibility();
        browser.type("school", "Alloa Academy").type("startDate", today()).type("days", "2")
                .type("reason", "Fight in the playground").press("Ask both heads to decide");
        assertThat(browser.heading()).isEqualTo("Callum Schoolday");
        browser.signOut();

        browser.signIn("head.of.education");
        assertThat(browser.text("#exclusions-waiting")).isEqualTo("1 exclusion is waiting for a decision.");
        browser.checkAccessibility().screenshot("head-of-education-home");
        browser.follow("Exclusions to decide");
        assertThat(browser.text()).contains("Callum Schoolday", "Alloa Academy", "Fight in the playground", "None yet");
        browser.checkAccessibility().screenshot("head-of-education-inbox");
        browser.press("Approve");
        assertThat(browser.text(".together-done")).isEqualTo("Your approval is recorded.");
        assertThat(browser.text()).contains("Approved by head.of.education (Head of Education)",
                "You have given your decision; the other head's is awaited.");
        browser.signOut();

        browser.signIn("head.of.cfsw").follow("Exclusions to decide");
        assertThat(browser.text()).contains("Approved by head.of.education (Head of Education)");
        browser.checkAccessibility().screenshot("head-of-cfsw-inbox");
        browser.press("Approve");
        assertThat(browser.text("#nothing-waiting")).isEqualTo("No exclusion is waiting for a decision.");
        browser.signOut();

        var approved = api.as("head.of.service").get("/api/exclusions?status=APPROVED").expect(200).json();
        assertThat(approved).hasSize(1);
        assertThat(approved.get(0).get("childId").asText()).isEqualTo(child);
    }
}
