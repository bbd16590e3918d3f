package scot.together.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days and durations as a person reads them, never as ISO-8601. */
class RecordedDatesTest {

    @Test
    void daysAreInWords() {
        assertThat(RecordedDates.inWords(LocalDate.of(2025, 6, 2))).isEqualTo("2 June 2025");
        assertThat(RecordedDates.inWords(null)).isEmpty();
    }

    @Test
    void durationsAreInWordsToTheirTwoLargestParts() {
        assertThat(RecordedDates.durationInWords("PT51.609S")).isEqualTo("51 seconds");
        assertThat(RecordedDates.durationInWords("PT51H5M")).isEqualTo("2 days 3 hours");
        assertThat(RecordedDates.durationInWords("PT48H5M")).isEqualTo("2 days");
        assertThat(RecordedDates.durationInWords("PT1M1S")).isEqualTo("1 minute 1 second");
        assertThat(RecordedDates.durationInWords("PT0.2S")).isEqualTo("less than a second");
        assertThat(RecordedDates.durationInWords(null)).isEmpty();
    }
}
