package scot.together.api.admin;

import java.util.List;

/** For each read model, the position reached in the events, out of the newest event's. */
public record ReadModelStatus(long newestEvent, List<ReadModel> readModels) {

    public record ReadModel(String name, boolean running, boolean rebuilding, long position, double percent) {
    }
}
