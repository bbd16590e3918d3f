package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.home.RecordHomePlaces;
import scot.together.api.home.RegisterHome;
import scot.together.events.home.HomeKind;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/homes")
@Tag(name = "Homes", description = "Where children live")
public class HomesController {

    private final Commands commands;

    public HomesController(Commands commands) {
        this.commands = commands;
    }

    public record NewHome(@NotBlank @Size(max = 200, message = ChildrenController.AT_MOST) String name,
                          @NotNull HomeKind kind,
                          @NotNull Boolean withinAuthority,
                          @Min(1) @Max(50) Integer places,
                          @Min(0) @Max(26) Integer youngestAge,
                          @Min(0) @Max(26) Integer oldestAge) {
    }

    public record Places(@NotNull @Min(1) @Max(50) Integer places, @Min(0) @Max(26) Integer youngestAge,
                         @Min(0) @Max(26) Integer oldestAge, LocalDate from) {
    }

    @PostMapping
    @Operation(summary = "Record a home, within or outwith the council's area",
            description = "places (optional): how many children the home can take; youngestAge and oldestAge"
                    + " (optional, whole years, with places): the ages it is approved for. The reunification"
                    + " finder counts a home's vacancies from its places and the children living there.")
    public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewHome body) {
        UUID created = commands.send(new RegisterHome(UUID.randomUUID(), body.name(), body.kind(),
                body.withinAuthority(), body.places(), body.youngestAge(), body.oldestAge()));
        return Created.at("/api/homes", created);
    }

    @PostMapping("/{id}/places")
    @Operation(summary = "Record how many children a home can take, from a date (default today)")
    public ResponseEntity<Void> places(@PathVariable UUID id, @Valid @RequestBody Places body) {
        commands.send(new RecordHomePlaces(id, body.places(), body.youngestAge(), body.oldestAge(), body.from()));
        return ResponseEntity.noContent().build();
    }
}
