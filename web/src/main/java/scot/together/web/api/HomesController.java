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
import java.time.Clock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.home.FindHome;
import scot.together.api.home.HomeView;
import scot.together.api.home.RecordHomePlaces;
import scot.together.api.home.RegisterHome;
import scot.together.events.home.HomeKind;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/homes")
@Tag(name = "Homes", description = "Where children live")
public class HomesController {

    private final Commands commands;
    private final Queries queries;
    private final Clock clock;

    public HomesController(Commands commands, Queries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
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

    @GetMapping("/{id}")
    @Operation(summary = "A home as it is on asAt (default today): its kind, where, places, who lives there, vacancies",
            description = "places: every record of how many children it can take and the ages it is approved for,"
                    + " oldest first; placesOnTheDay: the record in force on asAt (or the first, before any; null"
                    + " when none is recorded); livingThere: the children who live there on asAt, since when;"
                    + " vacancies: placesOnTheDay's places less those children (null without places). For social"
                    + " workers and the heads: it names children.")
    public HomeView home(@PathVariable UUID id, @RequestParam(required = false)
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt) {
        return queries.found(new FindHome(id, asAt == null ? LocalDate.now(clock) : asAt), HomeView.class,
                "There is no home " + id + ".", Role.CASEWORK);
    }
}
