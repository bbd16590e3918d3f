package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.together.app.support.CouncilStory;

/**
 * A worker's day: a child allocated from their page shows on the worker's home with where
 * they live and what is due (with the count in the navigation and a link to the form that
 * settles it); found by date of birth; a second child alike is registered only once the worker
 * says so; the Head of Service sees every team's caseload; and decides a separation with the
 * move it is for in view, on a card as wide as the page, then sees the decision among those taken.
 */
class CaseloadJourneyTest extends BrowserTest {

    static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Test
    void aWorkersCaseloadShowsWhereEachChildLivesAndWhatIsDue() {
        CouncilStory story = new CouncilStory(api);
        LocalDate accommodated = todayDate().minusMonths(7);
        String fiona = story.child("Fiona", "Day", "2012-05-17");
        String oak = story.home("Oak Lodge", "RESIDENTIAL", true);
        story.accommodated(fiona, CouncilStory.date(accommodated));
        story.place(fiona, oak, CouncilStory.date(accommodated), null).expect(204);

        browser.signIn("social.worker");
        assertThat(browser.text(".together-no-children")).isEqualTo("No children are allocated.");
        browser.go("/children/" + fiona).follow("Allocate to a worker");
        assertThat(browser.heading()).isEqualTo("Allocate to a worker");
        browser.type("worker", "no.such.worker").type("team", "North team").press("Allocate");
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly(
                "No one signs in as no.such.worker. Enter the user name of a worker.");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#worker");
        browser.checkAccessibility().screenshot("allocate-refused");
        browser.type("worker", "social.worker").type("from", accommodated.format(TYPED)).press("Allocate");
        assertThat(browser.heading()).isEqualTo("Fiona Day");
        assertThat(browser.text("#allocated")).isEqualTo("Allocated to social.worker in North team since "
                + accommodated.format(IN_WORDS) + ".");

        browser.go("/");
        assertThat(browser.texts("table.together-caseload td")).contains("Fiona Day", "Oak Lodge", "North team");
        String due = accommodated.plusMonths(6).format(IN_WORDS);
        assertThat(browser.text("table.together-caseload")).contains("Permanent plan", "Was due by " + due);
        assertThat(browser.text("table.together-due")).contains("Permanent plan (within six months of becoming"
                + " looked after)", "Fiona Day", "Was due by " + due);
        assertThat(browser.texts(".ds_site-navigation__link")).contains("What is due (1)");
        browser.checkAccessibility().screenshot("worker-home-caseload");
        browser.follow("What is due (1)");
        assertThat(browser.heading()).isEqualTo("What is due");
        browser.checkAccessibility().screenshot("what-is-due");
        browser.followLabelled("Record a permanent plan: Fiona Day");
        assertThat(browser.heading()).isEqualTo("Record a permanent plan");
        // what is due, 100 a page: one page here, so no pages and no "more" on the home page
        browser.go("/due?page=2");
        assertThat(browser.text(".together-nothing-due")).isEqualTo("Nothing is due.");
        browser.go("/due?page=0");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.go("/");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("more-due"))).isEmpty();

        // found by date of birth alone
        browser.go("/children?bornOn=17/5/2012");
        assertThat(browser.texts("#results td")).contains("Fiona Day");
        browser.checkAccessibility();

        // a second Fiona Day born the same day: asked first, registered once the worker says so
        browser.go("/children/new").type("givenName", "Fiona").type("familyName", "Day")
                .type("dateOfBirth", "17/5/2012").press("Register the child");
        assertThat(browser.heading()).isEqualTo("Register a child");
        assertThat(browser.text("#alike")).contains("Fiona Day, born 17 May 2012");
        assertThat(browser.attribute(".ds_error-summary__list a", "href")).endsWith("#anotherChild");
        browser.checkAccessibility().screenshot("register-alike");
        browser.choose("anotherChild").press("Register the child");
        assertThat(browser.heading()).isEqualTo("Fiona Day");
        assertThat(browser.path()).doesNotEndWith(fiona);
        browser.signOut();

        browser.signIn("head.of.service").follow("Caseloads");
        assertThat(browser.heading()).isEqualTo("Every team’s caseload");
        assertThat(browser.texts("main h2")).contains("North team");
        assertThat(browser.texts("main td")).contains("social.worker", "1");
        browser.checkAccessibility().screenshot("every-teams-caseload");
        browser.follow("social.worker");
        assertThat(browser.texts("table.together-caseload td")).contains("Fiona Day", "Oak Lodge");
        browser.checkAccessibility();
        browser.signOut();
    }

    @Test
    void theHeadOfServiceDecidesASeparationWithTheMoveItIsForInView() {
        CouncilStory story = new CouncilStory(api);
        String isla = story.child("Isla", "Context", "2014-06-01");
        String jamie = story.child("Jamie", "Context", "2016-09-12");
        String elm = story.home("Elm Court", "RESIDENTIAL", true);
        story.home("Harbour Foster Family", "FOSTER", false);
        story.accommodated(isla, "2025-01-06");
        story.accommodated(jamie, "2025-01-06");
        story.place(isla, elm, "2025-01-06", null).expect(204);
        story.place(jamie, elm, "2025-01-06", null).expect(204);
        story.brothersAndSisters(isla, jamie, "FULL", "2016-09-12");
        LocalDate moveOn = todayDate().minusDays(1);

        browser.signIn("social.worker").go("/children/" + isla).follow("Record a move to a new home")
                .select("homeId", "Harbour Foster Family (Foster family, outwith the council area)").type("startDate", moveOn.format(TYPED))
                .choose("previousHomeEnding").press("Record the move");
        assertThat(browser.text("#apart")).contains("Jamie Context");
        browser.follow("Request a separation");
        assertThat(browser.text("#move-asked")).isEqualTo("The request is for the move of Isla Context to"
                + " Harbour Foster Family on " + moveOn.format(IN_WORDS) + ".");
        browser.type("assessmentKind", "Together or Apart").type("completedOn", today())
                .type("summary", "Isla needs a foster family by the sea; Jamie is settled at Elm Court.")
                .type("reason", "Isla's needs cannot be met at Elm Court.")
                .type("reviewBy", todayDate().plusMonths(3).format(TYPED))
                .type("view-" + isla, "I would like the sea.")
                .type("whyNot-" + jamie, "Jamie is too young to give a view.")
                .press("Send the request to the Head of Service");
        assertThat(browser.text(".together-done"))
                .isEqualTo("The request, with the move it is for, is sent to the Head of Service.");
        assertThat(browser.text("table[aria-labelledby=waiting]")).contains("Isla Context", "Jamie Context",
                "Isla Context to Harbour Foster Family (Foster family, outwith the council’s area) on "
                        + moveOn.format(IN_WORDS));
        assertThat(browser.text("#separations + p")).contains("a request is waiting for the Head of Service");
        browser.checkAccessibility().screenshot("child-request-waiting");
        browser.signOut();

        browser.signIn("head.of.service");
        assertThat(browser.text("table.together-due")).contains("Separation request waiting for the Head of Service");
        browser.follow("Separations to decide");
        String card = browser.text(".together-decision");
        assertThat(card).contains("The move asked for", "Isla Context", "Harbour Foster Family (Foster family)",
                "Outwith the council’s area", moveOn.format(IN_WORDS), "I would like the sea.",
                "Not given: Jamie is too young to give a view.", "Elm Court");
        Number cardWidth = (Number) browser.driver().executeScript(
                "return document.querySelector('.together-decision').getBoundingClientRect().width");
        Number pageWidth = (Number) browser.driver().executeScript(
                "return document.querySelector('.ds_wrapper').getBoundingClientRect().width");
        assertThat(cardWidth.doubleValue()).as("the card uses the page's width").isGreaterThan(700)
                .isGreaterThan(pageWidth.doubleValue() * 0.8);
        assertThat(browser.driver().findElements(By.cssSelector(".together-decision a[href='/children/" + isla + "']")))
                .as("the children's names link to their records").isNotEmpty();
        browser.checkAccessibility().screenshot("head-of-service-decides-with-the-move");
        String request = api.as("head.of.service").get("/api/separations?status=REQUESTED").expect(200).json()
                .get(0).get("id").asText();
        browser.type("comment-" + request, "Agreed: weekly family time by the sea.").press("Agree to the separation");
        assertThat(browser.text(".together-done")).isEqualTo("You agreed to the separation.");
        assertThat(browser.text("table[aria-labelledby=past]")).contains("Isla Context", "Jamie Context", "Agreed",
                "head.of.service", "Agreed: weekly family time by the sea.");
        browser.checkAccessibility().screenshot("separations-decided");
        browser.signOut();
    }

    @Test
    void theHeadsSeeEachOthersCommentsAndTheDecisionsTaken() {
        CouncilStory story = new CouncilStory(api);
        String kirsty = story.child("Kirsty", "School", "2011-02-02");
        String lewis = story.child("Lewis", "School", "2012-03-03");
        story.accommodated(kirsty, "2025-01-06");
        story.accommodated(lewis, "2025-01-06");
        var worker = api.as("social.worker");
        String waiting = worker.post("/api/exclusions", Map.of("childId", kirsty, "school", "Alva Academy",
                "startDate", CouncilStory.date(todayDate().plusDays(5)), "days", 2, "reason", "Fighting")).id();
        api.as("head.of.education").post("/api/exclusions/" + waiting + "/approve",
                Map.of("comment", "Two days at most")).expect(204);
        String refused = worker.post("/api/exclusions", Map.of("childId", lewis, "school", "Alva Academy",
                "startDate", CouncilStory.date(todayDate().plusDays(5)), "days", 1, "reason", "Lateness")).id();
        api.as("head.of.education").post("/api/exclusions/" + refused + "/refuse",
                Map.of("reason", "Not a reason to exclude")).expect(204);

        browser.signIn("head.of.cfsw");
        assertThat(browser.texts(".ds_site-navigation__link")).contains("What is due (1)");
        browser.follow("Exclusions to decide");
        assertThat(browser.text("#exclusion-" + waiting)).contains("Kirsty School",
                "Looked after away from home", "Approved by head.of.education (Head of Education): “Two days at most”");
        assertThat(browser.text("table[aria-labelledby=past]")).contains("Lewis School", "Alva Academy, 1 day",
                "Refused: the pupil stays in school", "Refused by head.of.education (Head of Education):"
                        + " “Not a reason to exclude”");
        browser.checkAccessibility().screenshot("heads-exclusions-with-comments");
        browser.signOut();
    }

    /** A caseload longer than a page, on the worker's home and the Head of Service's page, a page at a time. */
    @Test
    void aLongCaseloadIsShownAPageAtATime() {
        CouncilStory story = new CouncilStory(api);
        for (int i = 0; i < 101; i++) {
            String child = story.child("Child" + (char) ('A' + i / 26) + (char) ('A' + i % 26), "Longcaseload",
                    "2015-01-01");
            story.allocate(child, "social.worker2", "Long team", "2025-01-01");
        }
        browser.signIn("social.worker2");
        assertThat(browser.text(".together-caseload-part")).isEqualTo("Children 1 to 100, by name.");
        assertThat(browser.texts("table.together-caseload tbody tr")).hasSize(100);
        assertThat(browser.texts("table.together-caseload tbody tr").get(0)).contains("ChildAA Longcaseload");
        browser.followLabelled("Next page");
        assertThat(browser.text(".together-caseload-part")).isEqualTo("Children 101 to 101, by name.");
        assertThat(browser.texts("table.together-caseload tbody tr")).hasSize(1).first().asString()
                .contains("ChildDW Longcaseload");
        assertThat(browser.attribute(".ds_pagination [aria-current=page]", "aria-label")).isEqualTo("Page 2");
        browser.checkAccessibility().screenshot("worker-home-caseload-page-2");
        browser.signOut();

        browser.signIn("head.of.service").go("/caseloads/social.worker2?page=2");
        assertThat(browser.texts("table.together-caseload tbody tr")).hasSize(1);
        browser.followLabelled("Previous page");
        assertThat(browser.texts("table.together-caseload tbody tr")).hasSize(100);
        assertThat(browser.path()).isEqualTo("/caseloads/social.worker2");
        browser.checkAccessibility().screenshot("worker-caseload-paged");
        browser.go("/caseloads");
        assertThat(browser.texts("main h2")).contains("Long team");
        assertThat(browser.driver().findElements(By.cssSelector(".ds_pagination"))).as("one page of workers").isEmpty();
        browser.go("/caseloads?page=2");
        assertThat(browser.text("#workers-part")).isEqualTo("No workers on page 2.");
        browser.checkAccessibility().followLabelled("Previous page");
        assertThat(browser.texts("main h2")).contains("Long team");
        browser.go("/caseloads?page=nonsense");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.signOut();
    }

    /**
     * The identifiers the council uses: a reference given at registration is on the child's page
     * and finds them, whole and in any case; a new one recorded later is the one in use; marked in
     * error, the earlier one is in use again and the wrong one finds no one.
     */
    @Test
    void aChildIsFoundByTheCouncilsReference() {
        browser.signIn("social.worker").go("/children/new").type("givenName", "Skye").type("familyName", "Numbered")
                .type("dateOfBirth", "9/9/2013").type("councilReference", "HC-5512")
                .checkAccessibility().press("Register the child");
        assertThat(browser.heading()).isEqualTo("Skye Numbered");
        assertThat(browser.text("#council-reference")).isEqualTo("HC-5512");

        browser.go("/children").type("name", "hc-5512").press("Find");
        assertThat(browser.texts("#results td")).contains("Skye Numbered", "HC-5512");
        browser.checkAccessibility().screenshot("found-by-council-reference");
        browser.go("/children").type("name", "HC-55").press("Find");
        assertThat(browser.text("#none-found")).contains("nor is it a child's council reference");

        browser.go("/children?name=HC-5512").follow("Skye Numbered").follow("Record the council\u2019s reference");
        assertThat(browser.heading()).isEqualTo("Record the council's reference");
        browser.type("reference", "NEW-0001").type("from", today()).checkAccessibility()
                .screenshot("record-council-reference").press("Record the reference");
        assertThat(browser.text("#council-reference")).isEqualTo("NEW-0001");
        assertThat(browser.texts(".together-timeline__summary")).contains("The council's reference is HC-5512",
                "The council's reference is NEW-0001");

        browser.followLabelled("This was recorded in error: The council's reference is NEW-0001")
                .type("reason", "The number of another child").press("Mark it as recorded in error");
        assertThat(browser.text("#council-reference")).isEqualTo("HC-5512");
        browser.go("/children?name=NEW-0001");
        assertThat(browser.driver().findElements(By.cssSelector("#results td"))).isEmpty();
        browser.signOut();
    }
}
