package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/** The board's dashboard shows the measures, changes when something is recorded, and never names a child. */
class BoardDashboardTest extends BrowserTest {

    @Test
    void theBoardSeesTheFiguresChangeAfterAnInformalExclusionIsRecordedAndNoChildIsNamed() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Isla", "Boardroom", "2013-04-04");
        story.accommodated(child, "2024-09-01");

        browser.signIn("board.member");
        assertThat(browser.texts(".ds_site-navigation__link")).containsExactly("Home", "Board dashboard",
                "Audit history");
        browser.follow("Open the dashboard");
        assertThat(browser.heading()).isEqualTo("How we are keeping The Promise");
        assertThat(browser.text("#measure-informalExclusions .together-figure__value")).isEqualTo("0");
        assertThat(browser.text("#measure-informalExclusions")).contains("Target: at most 0", "On target");
        browser.checkAccessibility();

        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", child, "school", "Lornshill Academy",
                "date", todayDate().toString(), "days", 1, "description", "Sent home at lunchtime")).expect(201);

        browser.go("/board");
        assertThat(browser.text("#measure-informalExclusions .together-figure__value")).isEqualTo("1");
        assertThat(browser.text("#measure-informalExclusions")).contains("Not on target");
        assertThat(browser.texts("#exclusions-chart svg text")).contains("1");
        browser.checkAccessibility().screenshot("board-dashboard");
        assertThat(browser.driver().getPageSource()).doesNotContain("Isla", "Boardroom", child, "2013-04-04");

        browser.open("Choose another period or date").type("from", "1/1/2025").type("to", "31/1/2025").press("Show the figures");
        assertThat(browser.text("#period-said")).contains("1 January 2025", "31 January 2025");
        assertThat(browser.text("#measure-informalExclusions .together-figure__value")).isEqualTo("0");

        browser.follow("Audit history");
        assertThat(browser.text("#audit-table")).contains("social.worker");
        assertThat(browser.driver().getPageSource()).doesNotContain("Isla", "Boardroom", child);
        browser.checkAccessibility().screenshot("board-audit");

        String csv = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a[href*="exclusions.csv"]') ? document.querySelector('a[href*="exclusions.csv"]').href
                      : '/board/downloads/exclusions.csv').then(r => r.text()).then(done);
                """);
        // the board sees no text typed by a person: not even the school's name
        assertThat(csv).startsWith("Exclusion,Child (pseudonym)").contains("INFORMAL")
                .doesNotContain("Lornshill Academy").doesNotContain("Isla");
    }
}
