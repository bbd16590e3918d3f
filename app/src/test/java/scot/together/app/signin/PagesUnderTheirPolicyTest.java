package scot.together.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import scot.together.app.browser.Browser;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * The pages work under their Content-Security-Policy in a real browser: Chromium reports no
 * refused script, style or image on any role's pages, htmx and the design system's scripts
 * run, and nothing adds an inline style sheet.
 */
class PagesUnderTheirPolicyTest extends TogetherTest {

    @Test
    void noPageBreaksItsContentSecurityPolicy() throws Exception {
        Browser.assumeInstalled();
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Skye", "Policy", "2014-04-04");
        story.accommodated(child, "2025-01-06");

        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("together-csp-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver = new ChromeDriver(options);
        List<String> refused = new ArrayList<>();
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            for (Map.Entry<String, List<String>> visit : Map.of(
                    "social.worker", List.of("/", "/children?name=Skye", "/children/" + child,
                            "/children/" + child + "/moves/new", "/children/" + child + "/record/permanent-plan"),
                    "board.member", List.of("/board", "/board/audit"),
                    "admin", List.of("/admin/read-models", "/admin/sign-in-locks")).entrySet()) {
                driver.manage().deleteAllCookies();
                driver.get(together.baseUri().resolve("/sign-in").toString());
                driver.findElement(By.id("username")).sendKeys(visit.getKey());
                driver.findElement(By.id("password")).sendKeys("demo");
                driver.findElement(By.id("password")).submit();
                for (String page : visit.getValue()) {
                    driver.get(together.baseUri().resolve(page).toString());
                    Thread.sleep(500);
                    assertThat(driver.executeScript("return typeof htmx !== 'undefined' && htmx.config.includeIndicatorStyles === false"))
                            .as("htmx runs, without its inline styles, on " + page).isEqualTo(true);
                    assertThat(driver.executeScript("return document.querySelectorAll('style').length"))
                            .as("inline style sheets on " + page).isEqualTo(0L);
                    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                        if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to")) {
                            refused.add(page + ": " + entry.getMessage());
                        }
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertThat(refused).isEmpty();
    }
}
