package scot.together.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.together.api.audit.MarkRecordInError;
import scot.together.api.child.HistoryEntry;

class RecordCorrectionsTest {

    @Test
    void theStoryOffersToMarkWhatTheServiceWouldMarkAndNothingElse() {
        assertThat(RecordCorrections.offered(entry("ChildPlaced", false))).isTrue();
        assertThat(RecordCorrections.offered(entry("FamilyTimePlanned", false))).isTrue();
        assertThat(RecordCorrections.offered(entry("ChildPlaced", true))).as("already in error").isFalse();
        assertThat(RecordCorrections.offered(entry("RecordMarkedInError", false))).as("a correction").isFalse();
        assertThat(RecordCorrections.offered(entry("ExclusionApproved", false))).as("follows from approvals")
                .isFalse();
    }

    @Test
    void theKindsItNeverOffersAreKindsOfEventThatExist() {
        RecordKinds kinds = new RecordKinds();
        assertThat(MarkRecordInError.NEVER_MARKED.keySet()).isNotEmpty().allMatch(kinds::exists);
    }

    private static HistoryEntry entry(String type, boolean inError) {
        return new HistoryEntry("e1", type, LocalDate.of(2025, 4, 1), Instant.parse("2025-04-01T10:00:00Z"),
                "social.worker", "SOCIAL_WORKER", "What happened", inError);
    }
}
