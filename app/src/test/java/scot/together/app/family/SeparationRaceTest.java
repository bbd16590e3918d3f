package scot.together.app.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Api;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.Response;
import scot.together.app.support.RunningTogether;
import scot.together.app.support.TogetherTest;
import scot.together.platform.DatabaseRoles;

/**
 * Two social workers, at the same moment, place two brothers (both looked after away from
 * home, neither with a home yet) into two different homes. Exactly one of the two moves may
 * succeed, every time, on one process and on two processes sharing the database.
 */
class SeparationRaceTest extends TogetherTest {

    private static final int ROUNDS = 30;
    private static final String DAY = "2025-01-10";

    private final CouncilStory story = new CouncilStory(api);

    @Test
    void onOneProcessAtMostOneOfTwoRacingMovesApartSucceeds() throws Exception {
        race(api, api, "One");
    }

    @Test
    void onTwoProcessesSharingTheDatabaseAtMostOneSucceeds() throws Exception {
        try (RunningTogether second = RunningTogether.start(Files.createTempDirectory("together-second-"),
                together.bean(DatabaseRoles.class).springArguments().toArray(String[]::new))) {
            race(api, second.api(), "Two");
        }
    }

    private void race(Api first, Api second, String family) throws Exception {
        String oak = story.home("Oak " + family, "FOSTER", true);
        String elm = story.home("Elm " + family, "FOSTER", true);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String ann = story.child("Ann", family + round, "2015-01-01");
                String ben = story.child("Ben", family + round, "2016-01-01");
                api.as("social.worker").post("/api/brothers-and-sisters", Map.of("childId", ann,
                        "otherChildId", ben, "kind", "FULL", "since", "2016-01-01")).id();
                story.accommodated(ann, "2025-01-01");
                story.accommodated(ben, "2025-01-01");

                CyclicBarrier together = new CyclicBarrier(2);
                Future<Response> toOak = workers.submit(() -> {
                    together.await();
                    return place(first.as("social.worker"), ann, oak);
                });
                Future<Response> toElm = workers.submit(() -> {
                    together.await();
                    return place(second.as("social.worker2"), ben, elm);
                });
                List<Response> answers = List.of(toOak.get(), toElm.get());

                assertThat(answers).as("round %d: %s", round, answers)
                        .filteredOn(r -> r.status() == 204).hasSize(1);
                Response refused = answers.stream().filter(r -> r.status() != 204).findFirst().orElseThrow();
                assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                assertThat(refused.code()).isIn("SEPARATION_NOT_APPROVED", "CONCURRENT_CHANGE");
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(api.as("social.worker").get("/api/separations/register?asAt=" + DAY).expect(200).json()
                .get("apartWithoutApproval")).as("no brothers recorded living apart without approval").isEmpty();
    }

    private static Response place(Api.Session worker, String child, String home) {
        return worker.post("/api/children/" + child + "/placements", Map.of("homeId", home, "startDate", DAY));
    }
}
