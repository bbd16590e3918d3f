package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import scot.together.api.audit.AuditEntries;
import scot.together.api.audit.AuditTrail;
import scot.together.api.audit.ChildAudit;
import scot.together.api.audit.MarkRecordInError;
import scot.together.web.problems.InvalidRequest;
import scot.together.web.problems.NotFound;
import scot.together.api.Role;
import scot.together.api.Slice;

@RestController
@Tag(name = "Audit", description = "Every event with when it happened, when and by whom it was recorded; corrections")
public class AuditController {

    static final int MAX_ENTRIES = 10_000;
    static final Role[] CHILD_AUDIT_READERS = {Role.SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.HEAD_OF_EDUCATION,
            Role.HEAD_OF_CF_SOCIAL_WORK, Role.BOARD_MEMBER};

    private final Commands commands;
    private final Queries queries;
    private final Readers readers;

    public AuditController(Commands commands, Queries queries, Readers readers) {
        this.commands = commands;
        this.queries = queries;
        this.readers = readers;
    }

    public record InError(@NotBlank @Size(max = 4000) String reason) {
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Every event recorded from one day to another (both included), oldest first",
            description = "Optionally only those that happened between effectiveFrom and effectiveTo, of a type"
                    + " (e.g. ExclusionProposed) or recorded by a user; at most `limit` (default and most 10000),"
                    + " after the first `offset` (default 0), for a history too long for one answer."
                    + " A board member sees children by pseudonym only, and no free text. format=csv for a table.")
    public ResponseEntity<?> audit(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate effectiveFrom,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate effectiveTo,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(required = false) String user,
                                   @RequestParam(required = false) Integer offset,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String format) {
        ReportsController.Period.check(from, to);
        Slice slice = Slices.asked(offset, limit, MAX_ENTRIES, MAX_ENTRIES);
        AuditTrail query = new AuditTrail(from, to, effectiveFrom, effectiveTo, blankAsNull(type), blankAsNull(user),
                slice.offset(), slice.limit(), readers.pseudonymised());
        return Csv.orJson(queries.one(query, AuditEntries.class, Role.REPORT_READERS), format,
                "audit-" + from + "-to-" + to);
    }

    @GetMapping("/api/children/{id}/audit")
    @Operation(summary = "Every event that concerns the child, oldest first, with corrections",
            description = "A board member sees it with children by pseudonym only, and no free text.")
    public ResponseEntity<?> childAudit(@PathVariable UUID id, @RequestParam(required = false) String format) {
        Csv.asCsv(format);
        AuditEntries entries = queries.one(new ChildAudit(id, readers.pseudonymised()), AuditEntries.class,
                CHILD_AUDIT_READERS);
        if (entries.entries().isEmpty()) {
            throw new NotFound("There is no child " + id + ".");
        }
        return Csv.orJson(entries, format, "audit-of-a-child");
    }

    @PostMapping("/api/records/{eventId}/in-error")
    @Operation(summary = "Mark a recorded event as recorded in error, with the reason",
            description = "Nothing is deleted: the history shows the event and the correction; the reports leave the"
                    + " event out from now on. A head's decision of an exclusion or a separation marked in error"
                    + " no longer stands: it waits for that decision again. 404 for no such event, 409"
                    + " ALREADY_IN_ERROR, NOT_CORRECTABLE (a correction itself, or ExclusionApproved: mark the"
                    + " approval given in error instead).")
    public ResponseEntity<Map<String, String>> markInError(@PathVariable String eventId,
                                                           @Valid @RequestBody InError body) {
        if (eventId.length() > 255) {
            throw new InvalidRequest("eventId is not the id of a recorded event.");
        }
        UUID correction = commands.send(new MarkRecordInError(UUID.randomUUID(), eventId, body.reason()));
        return Created.at("/api/records/" + eventId + "/in-error", correction);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
