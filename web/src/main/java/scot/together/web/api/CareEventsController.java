package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
import scot.together.api.care.AdmitToSecureCare;
import scot.together.api.care.DischargeFromSecureCare;
import scot.together.api.care.PermanenceFigures;
import scot.together.api.care.PermanenceReport;
import scot.together.api.care.RecordPermanencePlan;
import scot.together.api.care.RecordPhysicalIntervention;
import scot.together.api.care.RestraintAndSecureCareFigures;
import scot.together.api.care.RestraintAndSecureCareReport;
import scot.together.events.care.InterventionSetting;
import scot.together.events.care.PermanenceKind;
import scot.together.api.Role;

@RestController
@Tag(name = "Restraint, secure care and permanence",
        description = "Physical interventions, stays in secure care and permanent plans of a child, and their reports")
public class CareEventsController {

    private final Commands commands;
    private final Queries queries;

    public CareEventsController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record Intervention(@NotNull LocalDate date, @NotNull InterventionSetting setting,
                               @NotBlank @Size(max = 4000) String whatHappened,
                               @Size(max = 4000) String followUp) {
    }

    public record Admission(@NotNull LocalDate admittedOn, @Size(max = 4000) String reason) {
    }

    public record Discharge(@NotNull LocalDate dischargedOn) {
    }

    public record Plan(@NotNull PermanenceKind kind, @NotNull LocalDate agreedOn) {
    }

    @PostMapping("/api/children/{id}/physical-interventions")
    @Operation(summary = "Record a physical intervention (restraint): when, where (OWN_HOUSE, COMMISSIONED_SERVICE,"
            + " SCHOOL, HEALTH), what happened and the follow-up")
    public ResponseEntity<Map<String, String>> intervention(@PathVariable UUID id,
                                                            @Valid @RequestBody Intervention body) {
        UUID created = commands.send(new RecordPhysicalIntervention(UUID.randomUUID(), id, body.date(),
                body.setting(), body.whatHappened(), body.followUp()));
        return Created.at("/api/children/" + id + "/physical-interventions", created);
    }

    @PostMapping("/api/children/{id}/secure-stays")
    @Operation(summary = "Record an admission to secure care (409 ALREADY_IN_SECURE_CARE)",
            description = "A child's stays never overlap: an admission is refused while an earlier stay is not"
                    + " discharged, or when it would begin before the discharge of a stay already recorded.")
    public ResponseEntity<Map<String, String>> admit(@PathVariable UUID id, @Valid @RequestBody Admission body) {
        UUID created = commands.send(new AdmitToSecureCare(UUID.randomUUID(), id, body.admittedOn(), body.reason()));
        return Created.at("/api/children/" + id + "/secure-stays", created);
    }

    @PostMapping("/api/children/{id}/secure-stays/{stayId}/discharge")
    @Operation(summary = "Record the discharge from a stay in secure care (409 ALREADY_DISCHARGED, DATE_OUT_OF_ORDER)")
    public ResponseEntity<Void> discharge(@PathVariable UUID id, @PathVariable UUID stayId,
                                          @Valid @RequestBody Discharge body) {
        commands.send(new DischargeFromSecureCare(stayId, id, body.dischargedOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/children/{id}/permanence-plans")
    @Operation(summary = "Record the permanent plan agreed for the child, and the day it was agreed")
    public ResponseEntity<Map<String, String>> plan(@PathVariable UUID id, @Valid @RequestBody Plan body) {
        UUID created = commands.send(new RecordPermanencePlan(UUID.randomUUID(), id, body.kind(), body.agreedOn()));
        return Created.at("/api/children/" + id + "/permanence-plans", created);
    }

    @GetMapping("/api/reports/restraint-and-secure-care")
    @Operation(summary = "Physical interventions by setting, and admissions to and discharges from secure care, in a"
            + " period (both days included); counts only")
    public ResponseEntity<?> restraint(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String format) {
        ReportsController.Period.check(from, to);
        return Csv.orJson(queries.one(new RestraintAndSecureCareReport(from, to), RestraintAndSecureCareFigures.class,
                Role.REPORT_READERS), format, "restraint-and-secure-care-" + from + "-to-" + to);
    }

    @GetMapping("/api/reports/permanence")
    @Operation(summary = "Permanence within six months as at a date",
            description = "Of the children looked after on the date whose episode began at least six months before,"
                    + " those with a permanent plan agreed within six months of the episode's start.")
    public ResponseEntity<?> permanence(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                                        @RequestParam(required = false) String format) {
        return Csv.orJson(queries.one(new PermanenceReport(asAt), PermanenceFigures.class, Role.REPORT_READERS),
                format, "permanence-" + asAt);
    }
}
