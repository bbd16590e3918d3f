package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ExclusionFigures;
import scot.together.api.exclusions.ExclusionReport;
import scot.together.api.exclusions.ExclusionStatus;
import scot.together.api.exclusions.ExclusionSummary;
import scot.together.api.exclusions.FindExclusions;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.exclusions.RecordInformalExclusion;
import scot.together.api.exclusions.RefuseExclusion;
import scot.together.api.Role;

@RestController
@Tag(name = "Exclusions", description = "School exclusions of care-experienced pupils: proposed, approved by both"
        + " heads or refused, and informal exclusions")
public class ExclusionsController {

    private final Commands commands;
    private final Queries queries;
    private final Readers readers;

    public ExclusionsController(Commands commands, Queries queries, Readers readers) {
        this.commands = commands;
        this.queries = queries;
        this.readers = readers;
    }

    public record Proposal(@NotNull UUID childId, @NotBlank @Size(max = 200) String school,
                           @NotNull LocalDate startDate, @NotNull @Min(1) @Max(ProposeExclusion.MOST_DAYS) Integer days,
                           @NotBlank @Size(max = 4000) String reason) {
    }

    /** {@code role}: optional, the head role a person holding both approves in. */
    public record Approval(@Size(max = 4000) String comment,
                           @Pattern(regexp = "HEAD_OF_EDUCATION|HEAD_OF_CF_SOCIAL_WORK",
                                   message = "must be HEAD_OF_EDUCATION or HEAD_OF_CF_SOCIAL_WORK") String role) {
    }

    public record Refusal(@NotBlank @Size(max = 4000) String reason) {
    }

    public record Informal(@NotNull UUID childId, @NotBlank @Size(max = 200) String school, @NotNull LocalDate date,
                           @NotNull @Min(1) @Max(ProposeExclusion.MOST_DAYS) Integer days,
                           @NotBlank @Size(max = 4000) String description) {
    }

    @PostMapping("/api/exclusions")
    @Operation(summary = "Propose a school exclusion of a care-experienced pupil",
            description = "The pupil must be in an episode of care (any category) on the start date, else 409"
                    + " NOT_CARE_EXPERIENCED. It counts in the period it was proposed.")
    public ResponseEntity<Map<String, String>> propose(@Valid @RequestBody Proposal body) {
        UUID id = commands.send(new ProposeExclusion(UUID.randomUUID(), body.childId(), body.school(),
                body.startDate(), body.days(), body.reason()));
        return Created.at("/api/exclusions", id);
    }

    @PostMapping("/api/exclusions/{id}/approve")
    @Operation(summary = "Approve an exclusion as Head of Education or Head of Children and Families Social Work",
            description = "Approved once one head of each role has approved: two different people, neither the"
                    + " proposer. 409 SELF_APPROVAL, SAME_PERSON_BOTH_APPROVALS, ROLE_ALREADY_APPROVED (that role"
                    + " has approved already), ALREADY_DECIDED. A person holding both roles acts in the one not yet"
                    + " given, unless they choose one in role (403 when they do not hold it).")
    public ResponseEntity<Void> approve(@PathVariable UUID id, @Valid @RequestBody Approval body) {
        commands.send(new ApproveExclusion(id, body.comment(), body.role()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/exclusions/{id}/refuse")
    @Operation(summary = "Refuse an exclusion: either head's refusal ends it")
    public ResponseEntity<Void> refuse(@PathVariable UUID id, @Valid @RequestBody Refusal body) {
        commands.send(new RefuseExclusion(id, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/exclusions/informal")
    @Operation(summary = "Record an informal exclusion (sent home, part-time timetable) on the day it happened")
    public ResponseEntity<Map<String, String>> informal(@Valid @RequestBody Informal body) {
        UUID id = commands.send(new RecordInformalExclusion(UUID.randomUUID(), body.childId(), body.school(),
                body.date(), body.days(), body.description()));
        return Created.at("/api/exclusions", id);
    }

    @GetMapping("/api/exclusions")
    @Operation(summary = "Exclusions, newest first, optionally by status (PENDING, APPROVED, REFUSED, INFORMAL)")
    public List<ExclusionSummary> list(@RequestParam(required = false) ExclusionStatus status) {
        return queries.list(new FindExclusions(status), ExclusionSummary.class, Role.CASEWORK);
    }

    @GetMapping("/api/reports/exclusions")
    @Operation(summary = "Exclusions proposed in a period (informal ones: happening in it), with every decision",
            description = "daysLost adds the days of approved and informal exclusions. A board member sees"
                    + " children by pseudonym only, and no free text.")
    public ResponseEntity<?> report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String format) {
        ReportsController.Period.check(from, to);
        return Csv.orJson(queries.one(new ExclusionReport(from, to, readers.pseudonymised()), ExclusionFigures.class,
                Role.REPORT_READERS), format, "exclusions-" + from + "-to-" + to);
    }
}
