package scot.together.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench's quick size, as CI runs it: a small generated history that the aggregates accept
 * (the bench refuses to go on otherwise: a parked event or a rule answering otherwise than
 * expected stops it), rebuilt with Together's and with Axon's default processors, and recorded
 * on. Its figures are printed, never asserted: CI machines are too noisy for timings.
 */
class BenchSmokeTest {

    @Test
    void quickSizeRunsAndPrintsEveryRatio() throws Exception {
        List<String> lines = TogetherBench.run(new String[] {"events=3000", "dir=target", "http=false",
                "defaultsSeconds=10", "recordingSeconds=2"}).lines();

        assertThat(lines).anyMatch(line -> line.startsWith("generated "));
        assertThat(lines).anyMatch(line -> line.startsWith("check  events the read models could not take in: 0"));
        assertThat(lines).anyMatch(line -> line.contains("rebuild of everything / raw JDBC read"));
        assertThat(lines).anyMatch(line -> line.contains("Together / Axon's defaults"));
        assertThat(lines).anyMatch(line -> line.contains("PlaceChild / bare command"));
        assertThat(lines).filteredOn(line -> line.startsWith("check ")).allMatch(line -> line.contains("(expected")
                && !line.contains("refused:"));
    }
}
