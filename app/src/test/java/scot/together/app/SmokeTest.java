package scot.together.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

class SmokeTest extends TogetherTest {

    @Test
    void recordsAChildAndReadsItBack() {
        CouncilStory story = new CouncilStory(api);
        String child = story.child("Ada", "Smoke", "2016-05-01");
        String home = story.home("Birch House", "RESIDENTIAL", true);
        story.accommodated(child, "2024-02-01");
        story.place(child, home, "2024-02-01", null).expect(204);

        var record = api.as("social.worker").get("/api/children/" + child).expect(200).json();
        assertThat(record.get("homeId").asText()).isEqualTo(home);
        assertThat(record.get("category").asText()).isEqualTo("LOOKED_AFTER_AWAY_FROM_HOME");
    }
}
