package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's text obeys the commands' rule on characters, and the problem is shown at its own field. */
class SubmittedTextTest {

    @Test
    void aControlCharacterIsRefusedAtItsFieldAndLineBreaksAreLeftToTheCommand() {
        Submitted form = new Submitted(Map.of("name", "Nul\u0000Home", "school", "St Mary\u007F",
                "reason", "First line\r\nsecond line", "givenName", "Màiri 👧🏽", "view", "half \uD83D"));

        assertThat(form.text("name", "the name of the home", 200, true)).isNull();
        assertThat(form.text("school", "the school", 200, true)).isNull();
        assertThat(form.text("reason", "why", 4000, true)).isEqualTo("First line\r\nsecond line");
        assertThat(form.text("givenName", "the child's first name", 100, true)).isEqualTo("Màiri 👧🏽");
        assertThat(form.text("view", "the child's view", 10000, false)).isNull();
        assertThat(form.errors().all()).containsExactly(
                Map.entry("name", "The name of the home holds an invisible control character: take it out."),
                Map.entry("school", "The school holds an invisible control character: take it out."),
                Map.entry("view", "The child's view holds an invisible control character: take it out."));
    }
}
