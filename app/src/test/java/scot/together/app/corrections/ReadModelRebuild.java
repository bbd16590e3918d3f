package scot.together.app.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import scot.together.app.support.Api;

/** The administrator's rebuild of every read model from the events, waited for until each has read them all. */
final class ReadModelRebuild {

    private ReadModelRebuild() {
    }

    static void rebuildAndWait(Api api) throws InterruptedException {
        api.as("admin").post("/api/admin/read-models/rebuild", Map.of()).expect(202);
        for (int i = 0; i < 3000; i++) {
            JsonNode status = api.as("admin").get("/api/admin/read-models").expect(200).json();
            long newest = status.get("newestEvent").asLong();
            boolean done = true;
            for (JsonNode model : status.get("readModels")) {
                done &= !model.get("rebuilding").asBoolean() && model.get("position").asLong() >= newest;
            }
            if (done) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The read models were not rebuilt within five minutes");
    }
}
