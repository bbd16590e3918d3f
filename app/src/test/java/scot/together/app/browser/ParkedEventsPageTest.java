package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.PoisonEvents;

/** The administrator sees which event a read model parked and why, and tries it again. */
class ParkedEventsPageTest extends BrowserTest {

    @Test
    void theAdministratorSeesWhatIsParkedAndTriesItAgain() {
        CouncilStory story = new CouncilStory(api);
        String birch = story.home("Birch House", "RESIDENTIAL", true);
        String poison = PoisonEvents.homeNamedWithNul(together, birch);
        String child = story.child("Isla", "Parked", "2013-05-05");
        // read after the poison event: the read models have gone past it
        assertThat(api.as("social.worker").get("/api/children/" + child).expect(200).body()).contains("Isla");

        browser.signIn("admin").follow("Read models");
        // on a loaded machine a segment may still be reaching the newest event: look again, as a person would
        browser.reloadUntil("#read-models-state", "Every read model is up to date");
        assertThat(browser.text("#read-models-state")).startsWith("Every read model is up to date with all");
        assertThat(browser.text("#parked-state")).contains("parked");
        assertThat(browser.texts("#read-models .together-segment")).contains("Segment 0: up to date",
                "Segment 1: up to date");
        assertThat(browser.text("#parked-children")).contains(poison).contains("HomeRegistered").contains("U+0000")
                .doesNotContain("Nul");
        browser.checkAccessibility().screenshot("admin-parked-events");

        browser.press("Try the parked events of children again");
        assertThat(browser.text(".together-done")).startsWith("The parked events of children were tried again")
                .endsWith("still parked.");
        assertThat(browser.text("#parked-children")).contains(poison);
        browser.checkAccessibility();
    }
}
