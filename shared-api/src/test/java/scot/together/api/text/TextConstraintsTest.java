package scot.together.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import scot.together.api.child.RegisterChild;
import scot.together.api.family.RequestSeparation;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;

class TextConstraintsTest {

    private static final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void everyControlCharacterIsRefusedOnOneLine() {
        for (char c : controlCharacters()) {
            assertThat(Characters.allowed("Ada" + c + "Smith", false)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void freeTextTakesLineBreaksAndTabsButNoOtherControlCharacter() {
        for (char c : controlCharacters()) {
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            assertThat(Characters.allowed("She said" + c + "no", true)).as("U+%04X", (int) c)
                    .isEqualTo(lineBreakOrTab);
        }
        assertThat(Characters.allowed("First line\r\nSecond line\n\tindented", true)).isTrue();
    }

    @Test
    void aLoneHalfOfASurrogatePairIsRefusedWhereverItStands() {
        String high = "\uD83D";
        String low = "\uDC67";
        for (String text : List.of(high, low, "Ada" + high, high + "Ada", "Ada" + low + "Smith", low + high)) {
            assertThat(Characters.allowed(text, false)).as(text.codePoints().boxed().toList().toString()).isFalse();
            assertThat(Characters.allowed(text, true)).isFalse();
        }
    }

    @Test
    void lettersOfEveryLanguageAndEmojiArePlainText() {
        for (String text : List.of("Màiri Ó Súilleabháin", "Zoë Brontë-Łukasz", "Eilidh NicDhòmhnaill",
                "Ünal Çelik", "Ναταλία", "Сергей", "محمد", "李小龙", "Ada 👧🏽 and 👨‍👩‍👧", "St Mary's R.C. (Primary)",
                "\u0080\u00A0 soft\u00ADhyphen", "", " ")) {
            assertThat(Characters.allowed(text, false)).as(text).isTrue();
            assertThat(Characters.allowed(text, true)).as(text).isTrue();
        }
        assertThat(Characters.allowed(null, false)).isTrue();
    }

    @Test
    void aCommandWithAControlCharacterIsRefusedNamingTheField() {
        RegisterChild child = new RegisterChild(UUID.randomUUID(), "Nul\u0000", "Smith\u007F", LocalDate.of(2015, 1, 1));

        assertThat(refused(child)).containsExactly(
                "familyName must be one line of text, without control characters",
                "givenName must be one line of text, without control characters");
        assertThat(refused(new RegisterChild(UUID.randomUUID(), "Màiri 👧🏽", "Ó Súilleabháin",
                LocalDate.of(2015, 1, 1)))).isEmpty();
    }

    @Test
    void theRecordsACommandCarriesHaveTheirTextCheckedToo() {
        UUID child = UUID.randomUUID();
        RequestSeparation request = new RequestSeparation(UUID.randomUUID(), List.of(child, UUID.randomUUID()),
                new Assessment("Together\nor Apart", LocalDate.of(2025, 1, 1), "Found:\n\tall fine"),
                "Line one\r\nline two", LocalDate.of(2026, 1, 1),
                List.of(new ChildsView(child, "ok", null), new ChildsView(child, null, "asleep\u0000")));

        assertThat(refused(request)).containsExactly(
                "assessment.kind must be one line of text, without control characters",
                "views[1].notGivenBecause must be text without control characters (line breaks and tabs are allowed)");
    }

    private static List<String> refused(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        return List.of(Violations.describe(violations).split("; ")).stream().filter(v -> !v.isEmpty()).toList();
    }

    private static List<Character> controlCharacters() {
        List<Character> controls = new ArrayList<>(IntStream.range(0, 0x20).mapToObj(c -> (char) c).toList());
        controls.add((char) 0x7F);
        return controls;
    }
}
