package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.family.EndBrothersAndSisters;
import scot.together.api.family.MoveTogether;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.events.child.HomeEnding;
import scot.together.events.family.RelationshipKind;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/brothers-and-sisters")
@Tag(name = "Brothers and sisters", description = "Who is brother or sister to whom (symmetric, from a date)")
public class BrothersAndSistersController {

    private final Commands commands;

    public BrothersAndSistersController(Commands commands) {
        this.commands = commands;
    }

    public record NewRelationship(@NotNull UUID childId, @NotNull UUID otherChildId, @NotNull RelationshipKind kind,
                                  @NotNull LocalDate since) {
    }

    public record RelationshipEnd(@NotNull LocalDate date, @Size(max = 2000) String reason) {
    }

    public record MoveTogetherBody(@NotNull @Size(min = 2, max = 20) List<@NotNull UUID> childIds,
                                   @NotNull UUID homeId, @NotNull LocalDate startDate,
                                   HomeEnding previousHomeEnding) {
    }

    @PostMapping("/moves")
    @Operation(summary = "Brothers and sisters move to one home on the same day, all at once",
            description = "Recorded one by one, the first move would leave them apart and be refused"
                    + " (SEPARATION_NOT_APPROVED); here all move or none does. previousHomeEnding (PLANNED or"
                    + " UNPLANNED) is required when any of them already has a home in their episode.")
    public ResponseEntity<Void> moveTogether(@Valid @RequestBody MoveTogetherBody body) {
        commands.send(new MoveTogether(body.childIds(), body.homeId(), body.startDate(), body.previousHomeEnding()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    @Operation(summary = "Record that two children are brothers or sisters",
            description = "Full, half, step or other, as the child sees it; the same seen from either child.")
    public ResponseEntity<Map<String, String>> record(@Valid @RequestBody NewRelationship body) {
        UUID created = commands.send(new RecordBrothersAndSisters(UUID.randomUUID(), body.childId(),
                body.otherChildId(), body.kind(), body.since()));
        return Created.at("/api/brothers-and-sisters", created);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a relationship that no longer holds or was recorded in error",
            description = "It counts up to the day before the date.")
    public ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody RelationshipEnd body) {
        commands.send(new EndBrothersAndSisters(id, body.date(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}
