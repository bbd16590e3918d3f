package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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
        assertThat(browser.texts(".ds_site-header__navigation .ds_site-navigation__link")).containsExactly("Home", "Board dashboard",
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

    /**
     * One set of figures: the togetherness tile, the chart's last point (the month still running)
     * and the last row of the CSV are the same figure; the exclusion tiles equal the sums of their
     * charts; count axes step in whole numbers.
     */
    @Test
    void theTileTheChartAndTheDownloadAgreeIncludingTheMonthStillRunning() {
        CouncilStory story = new CouncilStory(api);
        String home = story.home("Ochil View", "FOSTER", true);
        String older = story.child("Rory", "Figures", "2012-02-02");
        String younger = story.child("Eilidh", "Figures", "2014-03-03");
        String since = CouncilStory.date(todayDate().withDayOfMonth(1));
        story.accommodated(older, since);
        story.accommodated(younger, since);
        story.place(older, home, since, null).expect(204);
        story.place(younger, home, since, null).expect(204);
        story.brothersAndSisters(older, younger, "FULL", "2014-03-03");
        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", younger, "school", "Ochil School",
                "date", todayDate().toString(), "days", 1, "description", "Sent home")).expect(201);

        browser.signIn("board.member");
        browser.go("/board");
        String tile = browser.text("#measure-livingWithAll .together-figure__value");
        List<String> chart = contents("#together-chart tbody td");
        assertThat(chart.get(chart.size() - 1)).as("the chart's last point is this month's, as at today")
                .isEqualTo(tile);
        assertThat(tile).isNotEqualTo("0%");

        assertThat(sum(contents("#exclusions-chart tbody td:nth-child(2)")))
                .isEqualTo(Long.parseLong(browser.text("#measure-informalExclusions .together-figure__value")));
        assertThat(sum(contents("#formal-exclusions-chart tbody td:nth-child(2)")))
                .isEqualTo(Long.parseLong(browser.text("#measure-formalExclusions .together-figure__value")));
        assertThat(contents("#exclusions-chart svg > g:has(line) > text"))
                .as("the count axis's ticks are whole numbers").allMatch(t -> t.matches("\\d+"));
        browser.checkAccessibility().screenshot("board-dashboard-one-set-of-figures");

        String csv = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a[href*="togetherness.csv"]').href).then(r => r.text()).then(done);
                """);
        String[] lines = csv.strip().split("\\R");
        String[] last = lines[lines.length - 1].split(",");
        assertThat(last[0]).as("the download's last row is as at today").isEqualTo(todayDate().toString());
        assertThat(new BigDecimal(last[3])).isEqualByComparingTo(new BigDecimal(tile.replace("%", "")));
    }

    /** The text of each match, shown or not (the tables sit in closed details). */
    @SuppressWarnings("unchecked")
    private static List<String> contents(String cssSelector) {
        return (List<String>) browser.driver().executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", cssSelector);
    }

    private static long sum(List<String> numbers) {
        return numbers.stream().mapToLong(Long::parseLong).sum();
    }
}
