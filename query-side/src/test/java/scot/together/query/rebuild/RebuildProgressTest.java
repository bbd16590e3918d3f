package scot.together.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import scot.together.api.admin.ReadModelStatus;

class RebuildProgressTest {

    @Test
    void theRateIsSinceTheStartAndTheTimeLeftIsAtThatRate() {
        Instant tenSecondsAgo = Instant.now().minusSeconds(10);
        ReadModelStatus.Rebuild rebuild = ReadModels.progress(
                new RebuildBeside.UnderWay(true, tenSecondsAgo, 90_000), 10_000, 100_000);
        assertThat(rebuild.percent()).isEqualTo(10.0);
        assertThat(rebuild.eventsPerSecond()).isCloseTo(1_000.0, within(20.0));
        assertThat(rebuild.secondsLeft()).isBetween(88L, 92L);
        assertThat(rebuild.position()).isEqualTo(10_000);
        assertThat(rebuild.newestEvent()).isEqualTo(100_000);
    }

    @Test
    void beforeAnyEventIsTakenInTheTimeLeftIsNotKnown() {
        ReadModelStatus.Rebuild rebuild = ReadModels.progress(
                new RebuildBeside.UnderWay(false, Instant.now(), 500), 0, 500);
        assertThat(rebuild.percent()).isZero();
        assertThat(rebuild.secondsLeft()).isNull();
    }
}
