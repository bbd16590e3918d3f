package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;

/** Signing in, and a social worker recording a child's record through the pages. */
class ChildRecordPagesTest extends BrowserTest {

    @Test
    void aWrongPasswordIsShownInTheErrorSummaryAndSignedOutPeopleAreSentToSignIn() {
        browser.go("/children");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.checkAccessibility().screenshot("sign-in");
        // drawn in the design system's font, served by Together itself (nothing fetched from elsewhere)
        assertThat(browser.fontsInUse()).contains("Roboto 400", "Roboto 700");

        browser.type("username", "social.worker").type("password", "wrong").press("Sign in");
        assertThat(browser.text(".ds_error-summary")).contains("The user name or password is not right");
        browser.checkAccessibility();
    }

    @Test
    void aSocialWorkerRegistersAChildStartsAnEpisodeAndRecordsWhereTheyLive() {
        browser.signIn("social.worker").checkAccessibility().screenshot("social-worker-home");
        assertThat(browser.texts(".ds_site-navigation__link")).contains("Find a child", "Register a child")
                .doesNotContain("Board dashboard");

        browser.go("/children/new").press("Register the child");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly("Enter the child's first name.",
                "Enter the child's last name.", "Enter the child's date of birth.");
        assertThat(browser.focused()).isEqualTo("error-summary");
        browser.checkAccessibility();

        browser.type("givenName", "Morag").type("familyName", "Pagetest").type("dateOfBirth", "31/2/2015")
                .press("Register the child");
        assertThat(browser.texts(".ds_error-summary__list a"))
                .containsExactly("The child's date of birth must be a real date, for example 14/3/2025.");
        assertThat(browser.attribute("#givenName", "value")).isEqualTo("Morag");

        browser.type("dateOfBirth", "3/2/2015").press("Register the child");
        assertThat(browser.heading()).isEqualTo("Morag Pagetest");
        assertThat(browser.text()).contains("3 February 2015", "Not looked after", "No home recorded");

        browser.follow("Start an episode of care").type("startDate", "1/4/2024")
                .choose("category-LOOKED_AFTER_AWAY_FROM_HOME").press("Record the episode");
        assertThat(browser.text("#lives-at")).isEqualTo("No home recorded");
        assertThat(browser.text()).contains("Looked after away from home");

        browser.follow("Record a move to a new home").follow("The home is not listed: record a new home")
                .type("name", "Rowan Cottage").select("kind", "Foster family").choose("withinAuthority")
                .press("Record the home");
        assertThat(browser.heading()).isEqualTo("Record a move to a new home");
        // a move dated tomorrow: the service's refusal sits at the date, not at the home chosen
        browser.type("startDate", todayDate().plusDays(1).format(DateTimeFormatter.ofPattern("d/M/yyyy")))
                .press("Record the move");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#startDate");
        assertThat(browser.text("#startDate-error")).contains("future");
        browser.type("startDate", "1/4/2024").checkAccessibility().press("Record the move");
        assertThat(browser.text("#lives-at")).isEqualTo("Rowan Cottage");
        assertThat(browser.texts(".together-timeline__summary")).containsExactly(
                "Began to be looked after away from home", "Began living at Rowan Cottage",
                "Morag Pagetest registered, born 3 February 2015");
        browser.checkAccessibility().screenshot("child-record");

        // with scripts, htmx shows the children found while the name is typed, and keeps the address
        browser.go("/children").type("name", "agetes").waitForText("#results", "Morag Pagetest");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/children?name=agetes");
        browser.go("/children").type("name", "paget").press("Find");
        assertThat(browser.texts("#results td a")).containsExactly("Morag Pagetest");
        browser.checkAccessibility();
        browser.go("/children?name=%25");
        assertThat(browser.text("#results")).contains("No child's name contains “%”");
        browser.signOut();
    }

    /**
     * A long story a page at a time, in the order things happened; a correction on a later page
     * names the entry it corrects from an earlier one; the API gives it a part at a time too.
     */
    @Test
    void aLongStoryIsShownAPageAtATime() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Ishbel", "Longstory", "2015-01-01");
        java.time.LocalDate first = java.time.LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 101; i++) {
            story.allocate(child, i % 2 == 0 ? "social.worker" : "social.worker2", "Story team",
                    CouncilStory.date(first.plusDays(i)));
        }
        String firstAllocation = story.eventId(child, "ChildAllocated", "2025-01-01");
        api.as("social.worker").post("/api/records/" + firstAllocation + "/in-error",
                java.util.Map.of("reason", "Allocated to the wrong worker")).expect(201);

        browser.signIn("social.worker").go("/children/" + child);
        assertThat(browser.text("#story-part")).isEqualTo("Entries 1 to 100 of their story.");
        assertThat(browser.texts(".together-timeline__item")).hasSize(100);
        assertThat(browser.texts(".together-timeline__date").get(0)).isEqualTo("1 January 2025");
        browser.followLabelled("Next page");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/children/" + child + "?page=2#story");
        assertThat(browser.text("#story-part")).isEqualTo("Entries 101 to 103 of their story.");
        assertThat(browser.texts(".together-timeline__summary")).containsExactly(
                "Allocated to social.worker in the team Story team",
                "Ishbel Longstory registered, born 1 January 2015",
                "Marked as recorded in error: \u201cAllocated to social.worker in the team Story team\u201d"
                        + " (1 January 2025). Why: Allocated to the wrong worker");
        browser.checkAccessibility().screenshot("child-story-page-2");
        browser.followLabelled("Previous page");
        assertThat(browser.texts(".together-timeline__item")).hasSize(100);
        // to print it as one document: the whole story on one page, without pages
        browser.follow("Their whole story on one page, to print it");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/children/" + child + "?page=all#story");
        assertThat(browser.texts(".together-timeline__item")).hasSize(103);
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#story-part, .ds_pagination")))
                .isEmpty();
        browser.go("/children/" + child + "?page=0");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.signOut();

        var worker = api.as("social.worker");
        assertThat(worker.get("/api/children/" + child + "/history").expect(200).json()).hasSize(103);
        var part = worker.get("/api/children/" + child + "/history?offset=100&limit=50").expect(200).json();
        assertThat(part).hasSize(3);
        assertThat(part.get(0).get("type").asText()).isEqualTo("ChildAllocated");
        assertThat(worker.get("/api/children/" + child + "/history?offset=500").expect(200).json()).isEmpty();
        worker.get("/api/children/" + child + "/history?limit=0").expect(400);
        worker.get("/api/children/" + child + "/history?offset=-1").expect(400);
        worker.get("/api/children/" + java.util.UUID.randomUUID() + "/history?offset=5").expect(404);
    }
}
