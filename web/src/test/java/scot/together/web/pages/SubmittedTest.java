package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubmittedTest {

    @Test
    void readsDatesAsPeopleWriteThemAndSaysPlainlyWhatIsWrong() {
        Submitted form = new Submitted(Map.of("born", "3/2/2015", "iso", "2025-07-31", "bad", "31/2/2025",
                "blank", "  "));
        assertThat(form.date("born", "the date of birth", true)).isEqualTo(LocalDate.of(2015, 2, 3));
        assertThat(form.date("iso", "the date", true)).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(form.ok()).isTrue();
        assertThat(form.date("bad", "the start date", true)).isNull();
        assertThat(form.date("blank", "the end date", true)).isNull();
        assertThat(form.date("missing", "the review date", false)).isNull();
        assertThat(form.errors().all()).containsExactly(
                Map.entry("bad", "The start date must be a real date, for example 14/3/2025."),
                Map.entry("blank", "Enter the end date."));
    }

    @Test
    void keepsTheFirstProblemOfAFieldAndCountsTickedBoxes() {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        Submitted form = new Submitted(Map.of("days", "0", "name", "x".repeat(101)),
                Map.of("children", List.of(one.toString(), two.toString(), one.toString())));
        assertThat(form.number("days", "the number of days", 1, 365)).isNull();
        assertThat(form.text("name", "the name", 100, true)).isNull();
        assertThat(form.ids("children", 2, "Choose two.")).containsExactly(one, two);
        assertThat(form.ids("others", 1, "Choose one.")).isEmpty();
        form.errors().add("days", "A second problem is not shown.");
        assertThat(form.errors().all()).containsExactly(
                Map.entry("days", "The number of days must be a whole number from 1 to 365."),
                Map.entry("name", "The name must be 100 characters or fewer."),
                Map.entry("others", "Choose one."));
    }
}
