package scot.together.app.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import scot.together.app.support.TogetherTest;

/** A fresh Together with one headless Chromium for the test class; skipped without Chromium. */
abstract class BrowserTest extends TogetherTest {

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        Browser.assumeInstalled();
        browser = Browser.open(together.baseUri());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Today on the council's clock, as a person types it in the forms. */
    static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    static LocalDate todayDate() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
