package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.TogetherTest;

/**
 * A character a read model cannot store (U+0000 above all), or any other control character,
 * never gets into an event: the API answers {@code 400 VALIDATION} naming the field, and
 * nothing is recorded. Letters of every language and emoji are welcome.
 */
class ControlCharactersTest extends TogetherTest {

    static String child;
    static String episode;

    @BeforeAll
    static void aChild() {
        CouncilStory story = new CouncilStory(api);
        child = story.child("Nell", "Characters", "2014-07-07");
        episode = story.accommodated(child, "2025-01-01");
    }

    private static long events() {
        return new JdbcTemplate(together.bean(DataSource.class))
                .queryForObject("SELECT count(*) FROM events.domain_event_entry", Long.class);
    }

    private static void refusedNaming(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asText()).isEqualTo("VALIDATION");
        assertThat(problem.get("detail").asText()).startsWith(field + " must be")
                .contains("without control characters").doesNotContain("Exception");
    }

    @Test
    void aNulInAHomeASchoolOrAChildsNameIsRefusedNamingTheFieldAndNothingIsRecorded() {
        var worker = api.as("social.worker");
        long before = events();

        refusedNaming(worker.post("/api/homes", Map.of("name", "Nul\u0000Home", "kind", "FOSTER",
                "withinAuthority", true)), "name");
        refusedNaming(worker.post("/api/children", Map.of("givenName", "Nul\u0000", "familyName", "Smith",
                "dateOfBirth", "2015-01-01")), "givenName");
        refusedNaming(worker.post("/api/children", Map.of("givenName", "Ada", "familyName", "Smith\u007F",
                "dateOfBirth", "2015-01-01")), "familyName");
        refusedNaming(worker.post("/api/exclusions", Map.of("childId", child, "school", "St Mary's\u0000",
                "startDate", "2025-03-03", "days", 2, "reason", "Fighting")), "school");
        refusedNaming(worker.post("/api/exclusions/informal", Map.of("childId", child, "school", "Glen\u0000 High",
                "date", "2025-03-03", "days", 1, "description", "Sent home")), "school");
        refusedNaming(worker.post("/api/exclusions", Map.of("childId", child, "school", "Glen High",
                "startDate", "2025-03-03", "days", 2, "reason", "Fighting\u001B[2J")), "reason");

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void oneLineFieldsRefuseLineBreaksAndTabsFreeTextTakesThem() {
        var worker = api.as("social.worker");
        long before = events();

        refusedNaming(worker.post("/api/homes", Map.of("name", "Birch\nHouse", "kind", "FOSTER",
                "withinAuthority", true)), "name");
        refusedNaming(worker.post("/api/children", Map.of("givenName", "Ada\t", "familyName", "Smith",
                "dateOfBirth", "2015-01-01")), "givenName");
        assertThat(events()).isEqualTo(before);

        worker.post("/api/exclusions/informal", Map.of("childId", child, "school", "Glen High", "date", "2025-03-03",
                "days", 1, "description", "Sent home at lunch.\r\nTeacher:\tMrs Reid")).expect(201);
    }

    @Test
    void theRecordsInsideACommandAreCheckedAndNamedAsTheBodyNamesThem() {
        String sister = new CouncilStory(api).child("Ruth", "Characters", "2016-02-02");
        Map<String, Object> request = new HashMap<>(CouncilStory.separationRequest(List.of(child, sister),
                "2025-02-20", "2026-02-20"));
        request.put("views", List.of(Map.of("childId", child, "view", "Fine"),
                Map.of("childId", sister, "notGivenBecause", "Too young\u0000")));
        long before = events();

        refusedNaming(api.as("social.worker").post("/api/separations", request), "views[1].notGivenBecause");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void lettersOfEveryLanguageAndEmojiAreRecordedAsTyped() {
        var worker = api.as("social.worker");
        String home = worker.post("/api/homes", Map.of("name", "Taigh Mhàiri 🏡", "kind", "KINSHIP",
                "withinAuthority", true)).expect(201).id();
        String ada = worker.post("/api/children", Map.of("givenName", "Zoë 👧🏽", "familyName", "Ó Súilleabháin",
                "dateOfBirth", "2015-01-01")).expect(201).id();

        JsonNode read = worker.get("/api/children/" + ada).expect(200).json();
        assertThat(read.get("givenName").asText()).isEqualTo("Zoë 👧🏽");
        assertThat(read.get("familyName").asText()).isEqualTo("Ó Súilleabháin");
        assertThat(home).isNotBlank();
    }

    /** Found by the fuzz test: a NUL in the audit's user filter reached PostgreSQL and failed with 500. */
    @Test
    void aNulInAReadsQueryParameterIsRefusedNamingIt() {
        var head = api.as("head.of.service");
        Response audit = head.get("/api/audit?from=2025-01-01&to=2025-12-31&user=a%00b");
        assertThat(audit.status()).as(audit.body()).isEqualTo(400);
        assertThat(audit.json().get("code").asText()).isEqualTo("VALIDATION");
        assertThat(audit.json().get("detail").asText())
                .isEqualTo("The query parameter 'user' must be one line of text, without control characters.");
        Response search = api.as("social.worker").get("/api/children?q=Nell%01");
        assertThat(search.status()).as(search.body()).isEqualTo(400);
        assertThat(search.json().get("code").asText()).isEqualTo("VALIDATION");
        assertThat(api.as("social.worker").get("/api/children?q=Nell").expect(200).json().size()).isPositive();
    }
}
