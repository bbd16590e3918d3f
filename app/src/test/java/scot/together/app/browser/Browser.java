package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver (nothing is downloaded), with
 * the steps a person takes on Together's pages and the checks made on each page: axe-core
 * finds no serious or critical accessibility problem.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("..", "web", "frontend", "node_modules", "axe-core", "axe.min.js");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;
    private final List<String> checked = new ArrayList<>();

    private Browser(ChromeDriver driver, URI base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Skips the test, saying why, when the machine has no Chromium. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
                        + " (apt-get install chromium chromium-driver)");
    }

    public static Browser open(URI base) {
        return open(base, true);
    }

    /** A browser whose pages run no script at all: every form must work without it. */
    public static Browser withoutScripts(URI base) {
        return open(base, false);
    }

    private static Browser open(URI base, boolean scripts) {
        try {
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            Path profile = Files.createTempDirectory("together-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
            if (!scripts) {
                options.addArguments("--blink-settings=scriptEnabled=false");
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Signs in through the sign-in page and lands on the home page. */
    public Browser signIn(String user) {
        go("/sign-in");
        type("username", user);
        type("password", "demo");
        click(driver.findElement(By.cssSelector("main button[type=submit]")));
        waitForHeading("Your work");
        return this;
    }

    public Browser signOut() {
        click(driver.findElement(By.xpath("//button[normalize-space()='Sign out']")));
        waitForHeading("Sign in to Together");
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a radio (or ticks a checkbox) by its label, as the design system draws the label over it. */
    public Browser choose(String id) {
        click(driver.findElement(By.cssSelector("label[for='" + id + "']")));
        return this;
    }

    public Browser tick(String value) {
        String id = driver.findElement(By.cssSelector("input[type=checkbox][value='" + value + "']")).getAttribute("id");
        click(driver.findElement(By.cssSelector("label[for='" + id + "']")));
        return this;
    }

    public Browser select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Presses the main form's button with that text and waits for what it brings. */
    public Browser press(String button) {
        WebElement pressed = driver.findElement(By.xpath("//main//button[normalize-space()=\"" + button + "\"]"));
        click(pressed);
        loaded(pressed); // a new page, or htmx's swap of the part that holds the button
        return this;
    }

    /** Opens a details element by its summary. */
    public Browser open(String summary) {
        click(driver.findElement(By.xpath("//summary[normalize-space()=\"" + summary + "\"]")));
        return this;
    }

    public Browser follow(String linkText) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(driver.findElement(By.linkText(linkText)));
        loaded(html);
        return this;
    }

    /** Follows the link whose accessible name is that label: one of several links with the same words. */
    public Browser followLabelled(String label) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(driver.findElement(By.xpath("//a[@aria-label=\"" + label + "\"]")));
        loaded(html);
        return this;
    }

    /** Waits until the next page has replaced this one and has run its scripts. */
    private void loaded(WebElement previous) {
        until(() -> isStale(previous) && complete());
    }

    /**
     * Waits up to 30 s for the condition. A page that is replaced while the condition reads it
     * leaves stale elements behind: that only means "not yet", so the condition is asked again.
     */
    private void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (leftTheDocument(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    private boolean complete() {
        try {
            return "complete".equals(driver.executeScript("return document.readyState"));
        } catch (org.openqa.selenium.JavascriptException e) {
            return true; // scripts are off: the driver waited for the page to load
        }
    }

    /**
     * Clicks as a person would, once the element is in the middle of the window (at once: the
     * design system scrolls smoothly, which would move the element away from under the click).
     */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    public Browser waitForHeading(String heading) {
        try {
            until(() -> heading().equals(heading));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-for-" + heading.replaceAll("[^A-Za-z]+", "-"));
            throw new AssertionError("Expected the page '" + heading + "' but " + path() + " shows '" + heading()
                    + "': " + driver.findElement(By.tagName("body")).getText(), e);
        }
        return this;
    }

    /** Opens the page again, as a person would, until an element's text begins so (for a page that does not poll). */
    public Browser reloadUntil(String cssSelector, String start) {
        String page = path();
        until(() -> {
            if (driver.findElements(By.cssSelector(cssSelector)).stream()
                    .anyMatch(element -> element.getText().startsWith(start))) {
                return true;
            }
            go(page);
            return false;
        });
        return this;
    }

    /** Waits (for htmx, say) until an element shows the text. */
    public Browser waitForText(String cssSelector, String text) {
        until(() -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .anyMatch(element -> element.getText().contains(text)));
        return this;
    }

    public String heading() {
        List<WebElement> h1 = driver.findElements(By.tagName("h1"));
        return h1.isEmpty() ? "" : h1.get(0).getText().strip();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    public List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    public String attribute(String cssSelector, String attribute) {
        return driver.findElement(By.cssSelector(cssSelector)).getAttribute(attribute);
    }

    /** The web fonts the page has loaded, as "family weight", once the browser has finished loading them. */
    @SuppressWarnings("unchecked")
    public List<String> fontsInUse() {
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts].filter(f => f.status === 'loaded')
                    .map(f => f.family.replaceAll('"', '') + ' ' + f.weight)));
                """);
    }

    public String focused() {
        WebElement active = driver.switchTo().activeElement();
        return active.getAttribute("id");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs axe-core in the page and fails on any serious or critical finding; also checks
     * what every page must have (a title, one h1, a skip link to the main content).
     */
    public Browser checkAccessibility() {
        assertThat(title()).as("page title").endsWith("– Together");
        assertThat(driver.findElements(By.tagName("h1"))).as("one h1 on " + path()).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".ds_skip-links__link")).getAttribute("href"))
                .endsWith("#main-content");
        assertThat(driver.findElements(By.id("main-content"))).hasSize(1);
        assertThat(axeFindings(impact -> impact.equals("serious") || impact.equals("critical")))
                .as("serious or critical accessibility findings on " + path()).isEmpty();
        checked.add(path());
        return this;
    }

    /**
     * As {@link #checkAccessibility()}, and fails on any finding of axe-core at all, however
     * minor: for the pages that must be axe-clean as they are (a phone's board dashboard).
     */
    public Browser checkAccessibilityFully() {
        checkAccessibility();
        assertThat(axeFindings(impact -> true)).as("accessibility findings on " + path()).isEmpty();
        return this;
    }

    /** What axe-core finds in the page, of the impacts asked for, each with where (up to five places). */
    private List<String> axeFindings(java.util.function.Predicate<String> impacts) {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))
                  .catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])));
                """);
        try {
            List<String> found = new ArrayList<>();
            for (JsonNode violation : JSON.readTree(result.toString())) {
                String impact = violation.path("impact").asText();
                if (impacts.test(impact)) {
                    found.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                            + " at " + violation.path("nodes"));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as a PNG in app/target/screenshots (a build artefact). */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page through the DevTools protocol, without resizing the window
            Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
                            Math.min(8000, height.intValue()), "scale", 1)));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing at " + AXE.toAbsolutePath()
                    + ": build the web module first (npm ci in web/frontend)", e);
        }
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (leftTheDocument(e)) {
                return true;
            }
            throw e;
        }
    }

    /** Stale, or (Chromium's other wording mid-navigation) a node that no longer belongs to the document. */
    private static boolean leftTheDocument(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
