package scot.together.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * The look-ups the separation rule reads are a projection of the events: they catch up with an
 * event they missed before the next command is decided, and a rebuild from the events gives
 * exactly the look-ups that live updating gave, corrections included.
 */
class LookupsTest extends TogetherTest {

    /** Every look-up table, each row in full, in one fixed order. */
    static final List<String> LOOKUPS = List.of("child_on_record", "care_range", "home_range",
            "brothers_and_sisters", "approved_separation", "secure_stay", "recorded_event", "user_account_name");

    private final CouncilStory story = new CouncilStory(api);

    private JdbcTemplate jdbc() {
        return together.bean(JdbcTemplate.class);
    }

    private Map<String, List<String>> lookups() {
        return LOOKUPS.stream().collect(java.util.stream.Collectors.toMap(table -> table,
                table -> jdbc().queryForList("SELECT t::text FROM command." + table + " t ORDER BY 1", String.class),
                (a, b) -> a, java.util.TreeMap::new));
    }

    private String eventId(String child, String type) {
        for (JsonNode entry : api.as("social.worker").get("/api/children/" + child + "/history").expect(200).json()) {
            if (entry.get("type").asText().equals(type)) {
                return entry.get("eventId").asText();
            }
        }
        throw new AssertionError("No " + type + " in the child's history");
    }

    @Test
    void theRuleSeesAMoveTheLookUpsHadMissed() {
        String isla = story.child("Isla", "Lookup", "2014-02-01");
        String ewan = story.child("Ewan", "Lookup", "2016-03-01");
        story.brothersAndSisters(isla, ewan, "FULL", "2016-03-01");
        String oak = story.home("Oak foster home", "FOSTER", true);
        String elm = story.home("Elm foster home", "FOSTER", true);
        story.accommodated(isla, "2024-01-10");
        story.accommodated(ewan, "2024-01-10");
        story.place(isla, oak, "2024-01-10", null).expect(204);
        story.place(ewan, oak, "2024-01-10", null).expect(204);
        String ewansMove = eventId(ewan, "ChildPlaced");

        // as if the command side died between Axon Server storing Ewan's move and the look-ups' commit
        jdbc().update("DELETE FROM command.home_range WHERE child_id = ?::uuid", ewan);
        jdbc().update("DELETE FROM command.recorded_event WHERE event_id = ?", ewansMove);
        jdbc().update("UPDATE command.lookup_position SET token_type = NULL, token = NULL, position = NULL");

        assertThat(story.place(isla, elm, "2024-02-01", "PLANNED").expect(409).code())
                .isEqualTo("SEPARATION_NOT_APPROVED");
        // a refused command records nothing, its catch-up included; the next command that succeeds keeps it
        story.child("Someone", "Else", "2015-01-01");
        assertThat(jdbc().queryForObject("SELECT count(*) FROM command.home_range WHERE child_id = ?::uuid",
                Integer.class, ewan)).isEqualTo(1);
    }

    @Test
    void aRebuildGivesTheLookUpsThatLiveUpdatingGave() {
        String ailsa = story.child("Ailsa", "Rebuilt", "2013-05-01");
        String calum = story.child("Calum", "Rebuilt", "2015-06-01");
        String rowan = story.home("Rowan kinship home", "KINSHIP", true);
        String birch = story.home("Birch house", "RESIDENTIAL", false);
        story.brothersAndSisters(ailsa, calum, "HALF", "2015-06-01");
        story.accommodated(ailsa, "2024-03-01");
        story.accommodated(calum, "2024-03-01");
        story.place(ailsa, rowan, "2024-03-01", null).expect(204);
        story.place(calum, rowan, "2024-03-01", null).expect(204);
        story.separationAgreed(List.of(ailsa, calum), java.time.LocalDate.of(2026, 12, 1), api.as("head.of.service"));
        // the separation is agreed today, so it covers a move from today
        story.place(calum, birch, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString(),
                "UNPLANNED").expect(204);
        api.as("social.worker").post("/api/records/" + eventId(calum, "ChildPlaced") + "/in-error",
                Map.of("reason", "Wrong child")).expect(201);
        Map<String, List<String>> live = lookups();
        assertThat(live.get("home_range")).anyMatch(row -> row.contains(calum));

        api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);

        assertThat(lookups()).isEqualTo(live);
    }
}
