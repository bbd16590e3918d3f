package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.admin.ParkedEventsRetried;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildLookups;
import scot.together.api.admin.RebuildReadModels;
import scot.together.api.admin.RetryParkedEvents;
import scot.together.web.problems.NotFound;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/admin/read-models")
@Tag(name = "Administration", description = "Rebuilding the read models from the events; their parked events")
public class ReadModelsController {

    private final Commands commands;
    private final Queries queries;

    public ReadModelsController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild the look-ups the rules read (answered once done; commands wait meanwhile) and every"
            + " read model from the events; follow the read models' progress with GET")
    public ResponseEntity<ReadModelStatus> rebuild() {
        commands.send(new RebuildLookups());
        commands.send(new RebuildReadModels());
        return ResponseEntity.accepted().body(progress());
    }

    @GetMapping
    @Operation(summary = "How far each read model has got through the events, and the events it parked",
            description = "For each read model: its slowest segment's position and percent; segments: each"
                    + " segment's position, how far behind the newest event it is, and the kind of failure"
                    + " while it is failing; parkedCount and parked: the events it could not take in (the first"
                    + " 50), each with its id, kind, position, record, when it was parked and last tried, and"
                    + " why, without personal data. Later events of a record with a parked event wait behind it.")
    public ReadModelStatus progress() {
        return queries.one(new ReadModelProgress(), ReadModelStatus.class, Role.ADMIN);
    }

    @PostMapping("/{readModel}/dead-letters/retry")
    @Operation(summary = "Take in again, after a fix, the events a read model parked",
            description = "Each record's parked events are tried once, in order; an event that fails again stays"
                    + " parked with the events behind it. Answers how many records were taken in and how many"
                    + " events are still parked.")
    public ParkedEventsRetried retry(@PathVariable String readModel) {
        if (progress().readModels().stream().noneMatch(model -> model.name().equals(readModel))) {
            throw new NotFound("There is no read model " + readModel + ".");
        }
        return commands.send(new RetryParkedEvents(readModel));
    }
}
