package scot.together.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/**
 * The look-ups the separation rule reads are a projection of the events: they catch up with an
 * event they missed before the next command is decided. (That a rebuild gives the look-ups
 * live updating gave is shown with the read models, in {@code RebuildEqualsLiveTest}.)
 */
class LookupsTest extends TogetherTest {

    private final CouncilStory story = new CouncilStory(api);

    private JdbcTemplate jdbc() {
        return together.bean(JdbcTemplate.class);
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
        String ewansMove = story.eventId(ewan, "ChildPlaced");

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
}
