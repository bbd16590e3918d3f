package scot.together.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.together.query.audit.OtherChildrenInText.Name;

class OtherChildrenInTextTest {

    static final Name SUBJECT = new Name("Skye", "Reid");
    static final Name BROTHER = new Name("Callum", "Reid");
    static final Name NEIGHBOUR = new Name("Ann", "O'Neil");

    final OtherChildrenInText names = OtherChildrenInText.of(List.of(BROTHER, NEIGHBOUR), SUBJECT);

    @Test
    void aBrothersFullNameIsReplacedWholeAndTheSubjectsSharedFamilyNameStays() {
        assertThat(names.redact("Skye Reid hit Callum  Reid, then CALLUM ran off; the Reid family met."))
                .isEqualTo("Skye Reid hit [another child], then [another child] ran off; the Reid family met.");
    }

    @Test
    void onlyWholeWordsAreNames() {
        assertThat(names.redact("Annual review with Anna, Ann and o'neil; Callumsworth school."))
                .isEqualTo("Annual review with Anna, [another child] and [another child]; Callumsworth school.");
    }

    @Test
    void withNoOtherChildTheTextIsUnchanged() {
        assertThat(OtherChildrenInText.of(List.of(), SUBJECT).redact("Callum Reid")).isEqualTo("Callum Reid");
        assertThat(names.redact(null)).isNull();
    }
}
