package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordKindsTest {

    private final RecordKinds kinds = new RecordKinds();

    @Test
    void offersEveryKindOfEventByTheNameTheAuditMatchesInPlainWordsInTheOrderOfTheWords() {
        assertThat(kinds.all()).containsEntry("PermanencePlanRecorded", "Permanence plan recorded")
                .containsEntry("BrothersAndSistersEnded", "Brothers and sisters ended")
                .containsEntry("ExclusionProposed", "Exclusion proposed")
                .containsEntry("ChildPlaced", "Move to a home")
                .doesNotContainKey("ChildsView"); // a part of an event, not an event
        List<String> labels = new ArrayList<>(kinds.all().values());
        assertThat(labels).isSorted();
        assertThat(kinds.exists("SeparationReviewed")).isTrue();
        assertThat(kinds.exists("NoSuchKind")).isFalse();
        assertThat(kinds.exists("separationreviewed")).isFalse();
    }

    @Test
    void theWordsSpeakTheLanguageOfCare() {
        assertThat(kinds.all().values()).allSatisfy(label -> assertThat(label.toLowerCase())
                .doesNotContain("sibling", "placement", "placed", "contact"));
    }
}
