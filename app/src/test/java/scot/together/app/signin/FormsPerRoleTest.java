package scot.together.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * Every page with a form that records something opens only for the roles that may send it
 * (403 for the others), and the child's page links only to the forms its reader may send.
 */
class FormsPerRoleTest extends TogetherTest {

    static final Set<String> RECORDERS = Set.of("social.worker", "head.of.service");
    static final Set<String> HEAD_OF_SERVICE = Set.of("head.of.service");
    static final Set<String> EXCLUSION_PROPOSERS = Set.of("social.worker", "head.of.service", "head.of.education");
    static final Set<String> EXCLUSION_DECIDERS = Set.of("head.of.education", "head.of.cfsw");
    static final List<String> USERS = List.of("social.worker", "head.of.service", "head.of.education", "head.of.cfsw",
            "board.member", "admin");

    /** Each form's page, and who alone may open it (as api.md says who may send its command). */
    static final Map<String, Set<String>> FORMS = new LinkedHashMap<>();
    static String child;

    @BeforeAll
    static void aChildWithSomethingOfEverything() {
        CouncilStory story = new CouncilStory(api);
        child = story.child("Rhona", "Forms", "2014-03-03");
        String brother = story.child("Fergus", "Forms", "2012-02-02");
        String episode = story.accommodated(child, "2025-01-06");
        story.accommodated(brother, "2025-01-06");
        String home = story.home("Larch House", "RESIDENTIAL", true);
        story.place(child, home, "2025-01-06", null).expect(204);
        String relationship = story.brothersAndSisters(child, brother, "FULL", "2014-03-03");
        String separation = story.separationAgreed(List.of(child, brother), LocalDate.now().plusMonths(3),
                api.as("head.of.service"));
        String plan = api.as("social.worker").post("/api/family-time/plans", Map.of("childIds", List.of(child, brother),
                "howOften", "MONTHLY", "withWhom", "Their gran", "startDate", "2025-02-01")).id();
        String stay = api.as("social.worker").post("/api/children/" + child + "/secure-stays",
                Map.of("admittedOn", "2025-03-01", "reason", "Safety")).id();
        String event = api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()
                .get(0).get("eventId").asText();

        String c = "/children/" + child;
        FORMS.put("/children/new", RECORDERS);
        FORMS.put("/homes/new", RECORDERS);
        FORMS.put(c + "/episodes/new", RECORDERS);
        FORMS.put(c + "/episodes/" + episode + "/end", RECORDERS);
        FORMS.put(c + "/moves/new", RECORDERS);
        FORMS.put(c + "/brothers-and-sisters/new", RECORDERS);
        FORMS.put(c + "/family-time/new", RECORDERS);
        FORMS.put(c + "/family-time/" + plan, RECORDERS);
        FORMS.put(c + "/physical-interventions/new", RECORDERS);
        FORMS.put(c + "/record/category-change/" + episode, RECORDERS);
        FORMS.put(c + "/record/secure-care-discharge/" + stay, RECORDERS);
        FORMS.put(c + "/record/secure-care-admission", RECORDERS);
        FORMS.put(c + "/record/permanent-plan", RECORDERS);
        FORMS.put(c + "/record/brothers-and-sisters-end/" + relationship, RECORDERS);
        FORMS.put(c + "/record/separation-end/" + separation, RECORDERS);
        FORMS.put(c + "/record/family-time-end/" + plan, RECORDERS);
        FORMS.put(c + "/record/in-error/" + event, RECORDERS);
        FORMS.put(c + "/allocations/new", RECORDERS);
        FORMS.put("/separations/new?child=" + child, RECORDERS);
        FORMS.put("/separations", HEAD_OF_SERVICE);
        FORMS.put("/separations/" + separation + "/record/separation-review", HEAD_OF_SERVICE);
        FORMS.put("/exclusions/new?child=" + child, EXCLUSION_PROPOSERS);
        FORMS.put("/exclusions/informal/new?child=" + child, EXCLUSION_PROPOSERS);
        FORMS.put("/exclusions", EXCLUSION_DECIDERS);
        FORMS.put("/admin/read-models", Set.of("admin"));
    }

    @Test
    void eachFormOpensOnlyForTheRolesThatMaySendIt() {
        Http http = new Http(together.baseUri());
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            Http.PageSession browser = http.new PageSession();
            assertThat(browser.signIn(user, "demo").header("Location")).doesNotContain("sign-in");
            FORMS.forEach((page, allowed) -> {
                int status = browser.get(page).status();
                int expected = allowed.contains(user) ? 200 : 403;
                if (status != expected) {
                    wrong.add(user + " " + page + ": " + status + ", not " + expected);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theChildsPageLinksOnlyToFormsItsReaderMaySend() {
        Http http = new Http(together.baseUri());
        Map<String, String> pages = new LinkedHashMap<>();
        for (String user : List.of("social.worker", "head.of.education", "head.of.cfsw")) {
            Http.PageSession browser = http.new PageSession();
            browser.signIn(user, "demo");
            pages.put(user, browser.get("/children/" + child).expect(200).body());
        }
        assertThat(pages.get("social.worker")).contains("Record a move to a new home", "Propose a school exclusion",
                "This was recorded in error", "/record/brothers-and-sisters-end/");
        assertThat(pages.get("head.of.education")).contains("Propose a school exclusion")
                .doesNotContain("Record a move to a new home", "Record a brother or sister", "This was recorded in error",
                        "/record/brothers-and-sisters-end/", "/record/separation-end/", "/record/family-time-end/",
                        "/record/secure-care-discharge/", "/record/category-change/");
        assertThat(pages.get("head.of.cfsw")).doesNotContain("Record what happens", "Propose a school exclusion",
                "/record/", "/moves/new", "/episodes/");
    }

    @Test
    void anAddressWithABlankIdIsNotFoundRatherThanAFailure() {
        Http.PageSession browser = new Http(together.baseUri()).new PageSession();
        browser.signIn("board.member", "demo");
        assertThat(browser.get("/children/%20").status()).isEqualTo(404);
        assertThat(browser.get("/children/%20/episodes/" + child + "/end").status()).isEqualTo(404);
        assertThat(browser.get("/separations/new").status()).isEqualTo(404);
        assertThat(browser.get("/exclusions/new?child=%20").status()).isEqualTo(404);
    }
}
