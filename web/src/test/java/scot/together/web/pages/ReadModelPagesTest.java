package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadModelPagesTest {

    @Test
    void theTimeARebuildHasLeftIsSaidInWords() {
        assertThat(ReadModelPages.timeLeft(1)).isEqualTo("1 second");
        assertThat(ReadModelPages.timeLeft(45)).isEqualTo("45 seconds");
        assertThat(ReadModelPages.timeLeft(60)).isEqualTo("1 minute");
        assertThat(ReadModelPages.timeLeft(61)).as("rounded up").isEqualTo("2 minutes");
        assertThat(ReadModelPages.timeLeft(3600)).isEqualTo("1 hour");
        assertThat(ReadModelPages.timeLeft(2 * 3600 + 5 * 60)).isEqualTo("2 hours 5 minutes");
        assertThat(ReadModelPages.timeLeft(3 * 3600 + 60)).isEqualTo("3 hours 1 minute");
    }
}
