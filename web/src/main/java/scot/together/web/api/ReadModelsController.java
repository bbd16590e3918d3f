package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.admin.ReadModelProgress;
import scot.together.api.admin.ReadModelStatus;
import scot.together.api.admin.RebuildLookups;
import scot.together.api.admin.RebuildReadModels;
import scot.together.web.security.Role;

@RestController
@RequestMapping("/api/admin/read-models")
@Tag(name = "Administration", description = "Rebuilding the read models from the events")
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
    @Operation(summary = "How far each read model has got through the events")
    public ReadModelStatus progress() {
        return queries.one(new ReadModelProgress(), ReadModelStatus.class, Role.ADMIN);
    }
}
