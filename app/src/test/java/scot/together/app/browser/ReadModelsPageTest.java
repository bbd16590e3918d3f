package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/** The administrator rebuilds the read models from the page and watches them catch up. */
class ReadModelsPageTest extends BrowserTest {

    @Test
    void theAdministratorRebuildsTheReadModelsAndSeesThemCatchUp() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Mairi", "Rebuilt", "2013-04-04");
        story.accommodated(child, "2024-02-01");

        browser.signIn("admin").follow("Read models");
        assertThat(browser.heading()).isEqualTo("Read models");
        browser.reloadUntil("#read-models-state", "Every read model is up to date");
        assertThat(browser.text("#read-models-state")).startsWith("Every read model is up to date with all");
        assertThat(browser.texts("#read-models tbody td:first-child")).contains("children", "event-log",
                "brothers-and-sisters", "board-records");
        browser.checkAccessibility().screenshot("admin-read-models");

        browser.press("Rebuild every read model");
        assertThat(browser.text(".together-done")).startsWith("The rebuild has started.");
        // htmx asks again every two seconds until every read model has taken in every event
        browser.waitForText("#read-models-state", "Every read model is up to date");
        assertThat(browser.texts("#read-models tbody td:last-child")).allMatch(cell -> cell.startsWith("100.0%"));
        browser.checkAccessibility();
        browser.signOut();

        // what was recorded is still there, read from the rebuilt read models
        assertThat(api.as("social.worker").get("/api/children/" + child).expect(200).body()).contains("Mairi");
        browser.signIn("social.worker").go("/admin/read-models");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.texts(".ds_site-navigation__link")).doesNotContain("Read models");
    }
}
