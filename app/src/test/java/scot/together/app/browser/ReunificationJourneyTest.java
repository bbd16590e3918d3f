package scot.together.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import scot.together.app.support.CouncilStory;

/**
 * A social worker asks for a separation that keeps two of three brothers and sisters together
 * (pairs on the request form), and a Head of Service finds a home where a group living apart
 * could live together again.
 */
class ReunificationJourneyTest extends BrowserTest {

    private String livesAt(CouncilStory story, String given, String family, String born, String home) {
        String child = story.child(given, family, born);
        story.accommodated(child, "2025-01-06");
        story.place(child, home, "2025-01-06", null).expect(204);
        return child;
    }

    /** Ticks the pair whose label names both children. */
    private void tickPair(String one, String other) {
        WebElement label = browser.driver().findElements(By.cssSelector("label[for^=apart]")).stream()
                .filter(l -> l.getText().contains(one) && l.getText().contains(other)).findFirst().orElseThrow();
        browser.tick(browser.driver().findElement(By.id(label.getAttribute("for"))).getAttribute("value"));
    }

    @Test
    void aSeparationRequestSaysWhichChildrenWouldLiveApartFromWhich() {
        CouncilStory story = new CouncilStory(api);
        String oak = story.home("Oak Pairs House", "RESIDENTIAL", true);
        String elm = story.home("Elm Pairs Foster", "FOSTER", true);
        String eilidh = livesAt(story, "Eilidh", "Pairs", "2014-02-01", oak);
        String rory = livesAt(story, "Rory", "Pairs", "2016-05-01", oak);
        String isla = livesAt(story, "Isla", "Pairs", "2012-09-01", oak);
        story.brothersAndSisters(eilidh, rory, "FULL", "2016-05-01");
        story.brothersAndSisters(eilidh, isla, "FULL", "2014-02-01");
        story.brothersAndSisters(rory, isla, "FULL", "2016-05-01");

        browser.signIn("social.worker")
                .go("/separations/new?child=" + isla + "&child=" + eilidh + "&child=" + rory);
        assertThat(browser.text("fieldset:has(#apart)")).contains("Who would live apart from whom?");
        assertThat(browser.texts("label[for^=apart]")).hasSize(3).allMatch(label -> label.endsWith("would live apart"))
                .anyMatch(label -> label.contains("Eilidh Pairs") && label.contains("Rory Pairs"));
        tickPair("Isla", "Eilidh");
        browser.type("assessmentKind", "Together or Apart").type("completedOn", "1/3/2025")
                .type("summary", "Isla needs her own space; Eilidh and Rory are close and should stay together.")
                .type("reason", "Isla's needs cannot be met at Oak House.").type("reviewBy", today())
                .type("view-" + isla, "I want my own room.").type("view-" + eilidh, "I want to stay with Rory.")
                .type("whyNot-" + rory, "Rory is too young to give a view.")
                .press("Send the request to the Head of Service");
        // Rory is chosen but ticked apart from no one
        assertThat(browser.texts(".ds_error-summary__list a")).containsExactly(
                "Rory Pairs is chosen but would live apart from no one: tick a pair with them, or leave every pair"
                        + " unticked.");
        browser.checkAccessibility().screenshot("separation-pairs-error");
        tickPair("Isla", "Rory");
        browser.checkAccessibility().screenshot("separation-pairs");
        browser.press("Send the request to the Head of Service");
        assertThat(browser.heading()).isEqualTo("Isla Pairs");
        browser.signOut();

        var requests = api.as("head.of.service").get("/api/separations?status=REQUESTED").expect(200).json();
        String request = requests.get(0).get("id").asText();
        browser.signIn("head.of.service").go("/separations");
        // the card says who would live apart from whom, as the request named them
        assertThat(browser.texts("ul[data-apart] li")).hasSize(2)
                .allMatch(pair -> pair.contains("Isla Pairs") && pair.contains(" apart from "))
                .anyMatch(pair -> pair.contains("Eilidh Pairs")).anyMatch(pair -> pair.contains("Rory Pairs"));
        browser.type("comment-" + request, "Isla apart; Eilidh and Rory together.").press("Agree to the separation");
        assertThat(browser.text(".together-done")).isEqualTo("You agreed to the separation.");
        browser.signOut();

        // the approval covers Isla apart from the others, never Eilidh apart from Rory
        assertThat(story.place(eilidh, elm, today2(), "PLANNED").expect(409).json().get("detail").asText())
                .contains("Rory Pairs").doesNotContain("Isla Pairs");
        story.place(isla, elm, today2(), "PLANNED").expect(204);
    }

    @Test
    void theHeadOfServiceFindsAHomeWithRoomForAGroupLivingApart() {
        CouncilStory story = new CouncilStory(api);
        String ash = story.home("Ash Reunite House", "RESIDENTIAL", true);
        String beech = story.home("Beech Reunite Foster", "FOSTER", false);
        Map<String, Object> small = new LinkedHashMap<>(Map.of("name", "Gorse Reunite Foster", "kind", "FOSTER",
                "withinAuthority", true, "places", 1));
        api.as("social.worker").post("/api/homes", small).expect(201);
        String mia = livesAt(story, "Mia", "Reunite", "2012-03-01", ash);
        String noah = livesAt(story, "Noah", "Reunite", "2015-03-01", beech);
        story.brothersAndSisters(mia, noah, "FULL", "2015-03-01");

        // a social worker records a home with room for three, on the home form
        browser.signIn("social.worker").go("/homes/new").type("name", "Cedar Reunite House")
                .select("kind", "Children's house").choose("withinAuthority").type("places", "3")
                .type("youngestAge", "5").type("oldestAge", "17").checkAccessibility().press("Record the home");
        browser.signOut();

        browser.signIn("head.of.service").follow("Living together again");
        assertThat(browser.heading()).isEqualTo("Living together again");
        WebElement group = browser.driver().findElements(By.cssSelector("section.together-reunite")).stream()
                .filter(s -> s.getText().contains("Mia Reunite")).findFirst().orElseThrow();
        assertThat(group.findElement(By.tagName("h2")).getText()).isEqualTo("Mia Reunite, Noah Reunite");
        assertThat(group.getText()).contains("None of them live together now.", "Ash Reunite House",
                "Beech Reunite Foster", "No separation of these children is approved");
        List<String> homes = group.findElements(By.cssSelector(".together-homes-all tbody td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(homes).containsExactly("Cedar Reunite House");
        assertThat(group.findElement(By.cssSelector(".together-homes-all tbody tr")).getText())
                .contains("Within the council's area", "3");
        browser.checkAccessibility().screenshot("reunification-finder");

        // each home named on the page has its own page: Cedar has room, Ash has Mia living there now
        visit(group.findElement(By.linkText("Cedar Reunite House")));
        assertThat(browser.heading()).isEqualTo("Cedar Reunite House");
        String day = todayDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));
        assertThat(browser.text("#home-kind")).isEqualTo("Children's house");
        assertThat(browser.text("#home-area")).isEqualTo("Within the council\u2019s area");
        assertThat(browser.text("#about-the-home")).contains("Places on " + day, "Vacancies on " + day);
        assertThat(browser.text("#home-places")).isEqualTo("3 children, 5 to 17");
        assertThat(browser.text("#home-vacancies")).isEqualTo("3");
        assertThat(browser.text("#no-one-here")).isEqualTo("No child lives here now.");
        assertThat(browser.texts("table[aria-labelledby=places] td")).containsExactly(day, "3 children", "5 to 17");
        browser.checkAccessibility().screenshot("home-with-room");
        browser.go("/reunification");
        visit(browser.driver().findElement(By.linkText("Ash Reunite House")));
        assertThat(browser.heading()).isEqualTo("Ash Reunite House");
        assertThat(browser.text("#home-kind")).isEqualTo("Children's house");
        assertThat(browser.text("#home-places")).isEqualTo("Not recorded");
        assertThat(browser.text("#home-vacancies")).isEqualTo("Not known: no places are recorded");
        assertThat(browser.texts("table[aria-labelledby=living-here] td"))
                .containsExactly("Mia Reunite", "6 January 2025");
        browser.checkAccessibility().screenshot("home-who-lives-here");
        browser.follow("Mia Reunite");
        assertThat(browser.heading()).isEqualTo("Mia Reunite");
        browser.signOut();

        // from the child's page to the home where they live
        browser.signIn("social.worker").go("/children/" + noah);
        visit(browser.driver().findElement(By.cssSelector("#lives-at a")));
        assertThat(browser.heading()).isEqualTo("Beech Reunite Foster");
        assertThat(browser.text("#home-area")).isEqualTo("Outwith the council\u2019s area");
        assertThat(browser.texts("table[aria-labelledby=living-here] td a")).containsExactly("Noah Reunite");
        browser.signOut();

        // the board never sees a home's page, nor the children who live there
        browser.signIn("board.member").go("/homes/" + ash);
        assertThat(browser.driver().getPageSource()).doesNotContain("Mia", "Reunite");
        browser.signOut();
        api.as("board.member").get("/api/homes/" + ash).expect(403);
        var home = api.as("social.worker").get("/api/homes/" + ash).expect(200).json();
        assertThat(home.get("kind").asText()).isEqualTo("RESIDENTIAL");
        assertThat(home.get("livingThere").get(0).get("childId").asText()).isEqualTo(mia);
        assertThat(home.get("vacancies").isNull()).isTrue();
        assertThat(api.as("social.worker").get("/api/homes/" + ash + "?asAt=2025-01-05").expect(200).json()
                .get("livingThere")).isEmpty();
        api.as("social.worker").get("/api/homes/" + java.util.UUID.randomUUID()).expect(404);
    }

    /** Goes where the link leads. */
    private static void visit(WebElement link) {
        browser.go(java.net.URI.create(link.getAttribute("href")).getPath());
    }

    private static String today2() {
        return todayDate().toString();
    }
}
