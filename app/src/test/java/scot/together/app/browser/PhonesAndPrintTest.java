package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.together.app.support.CouncilStory;

/**
 * On a 375 px phone the design system's menu reaches every page and the child's record fits
 * the screen; printed, the record is a document without navigation or forms.
 */
class PhonesAndPrintTest extends BrowserTest {

    @AfterEach
    void backToTheDesk() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void onAPhoneTheMenuReachesEveryPageAndTheRecordFitsTheScreen() {
        String child = brothersAndSisters();
        phone();
        browser.signIn("social.worker");
        browser.go("/children/" + child);

        assertThat(displayed("#mobile-navigation")).as("the menu starts closed").isFalse();
        assertThat(displayed(".ds_site-header__navigation .ds_site-navigation")).isFalse();
        browser.driver().findElement(By.cssSelector("button.js-toggle-menu")).click();
        assertThat(browser.attribute("button.js-toggle-menu", "aria-expanded")).isEqualTo("true");
        assertThat(displayed("#mobile-navigation")).isTrue();
        assertThat(browser.texts("#mobile-navigation .ds_site-navigation__link")).contains("Home", "Find a child");
        assertThat(width()).as("the child's record is no wider than the phone").isLessThanOrEqualTo(375);
        browser.checkAccessibility().screenshot("phone-child-record-menu-open");

        browser.driver().findElement(By.cssSelector("#mobile-navigation")).findElement(By.linkText("Find a child")).click();
        assertThat(browser.heading()).isNotBlank();
        assertThat(browser.path()).startsWith("/children");
        assertThat(width()).isLessThanOrEqualTo(375);
    }

    /** The board's dashboard, its tiles and charts with their tables open, fits a phone and passes axe. */
    @Test
    void onAPhoneTheBoardsDashboardAndItsChartsFitTheScreenAndPassAxe() {
        CouncilStory story = new CouncilStory(api);
        String home = story.home("Wallace View", "FOSTER", true);
        String older = story.child("Ailsa", "Chartwell", "2012-02-02");
        String younger = story.child("Fraser", "Chartwell", "2014-03-03");
        story.accommodated(older, "2024-09-01");
        story.accommodated(younger, "2024-09-01");
        story.place(older, home, "2024-09-01", null).expect(204);
        story.place(younger, home, "2024-09-01", null).expect(204);
        story.brothersAndSisters(older, younger, "FULL", "2014-03-03");
        api.as("social.worker").post("/api/exclusions/informal", Map.of("childId", younger, "school", "Wallace High",
                "date", todayDate().toString(), "days", 1, "description", "Sent home")).expect(201);
        phone();
        browser.signIn("board.member");
        browser.go("/board?from=1/9/2024&to=" + today());
        assertThat(browser.texts(".together-chart-figure")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(width()).as("the dashboard is no wider than the phone").isLessThanOrEqualTo(375);
        assertThat((Boolean) browser.driver().executeScript("""
                const box = document.querySelector('#together-chart .together-chart-scroll');
                const svg = box.querySelector('svg');
                return svg.getBoundingClientRect().width >= Number(svg.getAttribute('width'))
                    && box.scrollWidth > box.clientWidth && box.tabIndex === 0;"""))
                .as("a chart of many months keeps its size and scrolls sideways in a box the keyboard reaches")
                .isTrue();
        browser.checkAccessibilityFully();
        // every chart's figures as a table, open, still fit and pass
        browser.driver().executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertThat(width()).isLessThanOrEqualTo(375);
        browser.checkAccessibilityFully().screenshot("phone-board-dashboard");
        assertThat(browser.driver().getPageSource()).doesNotContain("Ailsa", "Chartwell", older);
    }

    @Test
    void theRecordAndItsStoryPrintWithoutNavigationOrForms() {
        String child = brothersAndSisters();
        browser.signIn("social.worker");
        browser.go("/children/" + child);
        assertThat(displayed(".ds_site-header__navigation .ds_site-navigation")).isTrue();

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(displayed(".ds_site-header__navigation")).as("no navigation on paper").isFalse();
        assertThat(displayed("#mobile-navigation")).isFalse();
        assertThat(displayed(".together-account")).isFalse();
        assertThat(displayed(".ds_phase-banner")).isFalse();
        assertThat((Boolean) browser.driver().executeScript(
                "return [...document.querySelectorAll('main form')].every(f => f.offsetParent === null)"))
                .as("no forms on paper").isTrue();
        assertThat(displayed("h1")).isTrue();
        assertThat(displayed("#story")).as("the story prints").isTrue();
        browser.screenshot("print-child-record");
    }

    private static String brothersAndSisters() {
        CouncilStory story = new CouncilStory(api);
        String older = story.child("Morven", "Printfield", "2012-05-05");
        String younger = story.child("Callum", "Printfield", "2015-06-06");
        story.accommodated(older, "2024-09-01");
        story.brothersAndSisters(older, younger, "FULL", "2015-06-06");
        return older;
    }

    private static void phone() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 800,
                "deviceScaleFactor", 1, "mobile", true));
    }

    private static boolean displayed(String cssSelector) {
        return browser.driver().findElements(By.cssSelector(cssSelector)).stream().anyMatch(e -> e.isDisplayed());
    }

    private static long width() {
        return ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth")).longValue();
    }
}
