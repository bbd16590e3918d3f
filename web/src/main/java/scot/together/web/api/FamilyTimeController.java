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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.family.EndFamilyTimePlan;
import scot.together.api.family.FamilyTimeFigures;
import scot.together.api.family.FamilyTimeReport;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.RecordFamilyTime;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.api.Role;

@RestController
@Tag(name = "Family time", description = "Family time planned for brothers and sisters living apart, and what happened")
public class FamilyTimeController {

    private final Commands commands;
    private final Queries queries;
    private final Readers readers;

    public FamilyTimeController(Commands commands, Queries queries, Readers readers) {
        this.readers = readers;
        this.commands = commands;
        this.queries = queries;
    }

    public record NewPlan(@NotNull @Size(min = 2, max = 20) List<@NotNull UUID> childIds,
                          @NotNull FamilyTimeFrequency howOften, @Size(max = 2000) String withWhom,
                          @NotNull LocalDate startDate) {
    }

    public record Session(@NotNull LocalDate date, @NotNull Boolean happened, @Size(max = 2000) String whyNot) {
    }

    public record PlanEnd(@NotNull LocalDate date, @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/family-time/plans")
    @Operation(summary = "Plan family time for brothers and sisters: how often (WEEKLY, FORTNIGHTLY, MONTHLY,"
            + " QUARTERLY, from the start date) and with whom")
    public ResponseEntity<Map<String, String>> plan(@Valid @RequestBody NewPlan body) {
        UUID created = commands.send(new PlanFamilyTime(UUID.randomUUID(), body.childIds(), body.howOften(),
                body.withWhom(), body.startDate()));
        return Created.at("/api/family-time/plans", created);
    }

    @PostMapping("/api/family-time/plans/{id}/sessions")
    @Operation(summary = "Record what happened on a day of family time: it happened, or it did not and why not")
    public ResponseEntity<Map<String, String>> session(@PathVariable UUID id, @Valid @RequestBody Session body) {
        UUID created = commands.send(new RecordFamilyTime(id, UUID.randomUUID(), body.date(), body.happened(),
                body.whyNot()));
        return Created.at("/api/family-time/plans/" + id + "/sessions", created);
    }

    @PostMapping("/api/family-time/plans/{id}/end")
    @Operation(summary = "End a family time plan from a date")
    public ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody PlanEnd body) {
        commands.send(new EndFamilyTimePlan(id, body.date(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/reports/family-time")
    @Operation(summary = "Family time planned against what happened, over a period (both days included)",
            description = "Planned: the plan's dates (its start, then every week, fortnight, month or quarter) in"
                    + " the period while the plan holds. Children appear by pseudonym; a board member is not shown \"with whom\"."
                    + " Add format=csv.")
    public ResponseEntity<?> report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String format) {
        ReportsController.Period.check(from, to);
        return Csv.orJson(queries.one(new FamilyTimeReport(from, to, readers.pseudonymised()), FamilyTimeFigures.class,
                        Role.REPORT_READERS),
                format, "family-time-" + from + "-to-" + to);
    }
}
