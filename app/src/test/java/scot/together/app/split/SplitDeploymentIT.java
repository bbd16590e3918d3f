package scot.together.app.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.together.app.support.RunningTogether;

/**
 * A council's story through the split deployment's web process gives the same answers as on
 * one process, corrections and the subject-access export included, without a read model ever
 * being waited for in vain.
 */
class SplitDeploymentIT {

    static SplitDeployment split;

    @BeforeAll
    static void startTheSplitDeployment() {
        Optional<Path> axonServer = AxonServer.script();
        assumeTrue(axonServer.isPresent(), "Skipped: no Axon Server test build in ../shared/axonserver/ beside the"
                + " repository, so the split deployment cannot be started");
        split = SplitDeployment.start(axonServer.get(), "deployment");
    }

    @AfterAll
    static void stopIt() {
        if (split != null) {
            split.close();
        }
    }

    @Test
    void twoQuerySidesShareEveryReadModelsSegmentsWithoutAnyoneMovingThem() {
        ReadModelSegments segments = new ReadModelSegments(split.database());
        SplitDeployment.await(Duration.ofSeconds(60), () -> segments.sharedBetween(split.querySides()),
                segments::owners);
    }

    @Test
    void theAdministratorSeesEveryReadModelsProgressAcrossTheQuerySides() {
        var readModels = split.api().as("admin").get("/api/admin/read-models").expect(200).json().get("readModels");
        assertThat(readModels).extracting(model -> model.get("name").asText())
                .contains("children", "event-log", "brothers-and-sisters", "board-records", "accounts");
    }

    @Test
    void aCouncilsStoryGivesTheSameReportsSplitAsOnOneProcess(@TempDir Path oneProcessData) {
        CouncilHistory onSplit = new CouncilHistory(split.api());
        onSplit.tell();
        Map<String, String> splitReports = onSplit.reports();

        try (RunningTogether one = RunningTogether.start(oneProcessData)) {
            CouncilHistory onOne = new CouncilHistory(one.api());
            onOne.tell();
            assertThat(splitReports).isEqualTo(onOne.reports());
        }
        assertThat(split.freshnessWarnings()).as("queries that waited for a read model in vain").isEmpty();
    }
}
