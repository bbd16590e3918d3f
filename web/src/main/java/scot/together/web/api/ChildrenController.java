package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.child.AllocateChild;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.api.child.ChildHistory;
import scot.together.api.child.ChildSummary;
import scot.together.api.child.FindChildren;
import scot.together.api.child.RecordCouncilReference;
import scot.together.api.child.ChildView;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.FindChild;
import scot.together.api.child.HistoryEntry;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.events.CareCategory;
import scot.together.events.child.HomeEnding;
import scot.together.web.security.Actor;
import scot.together.api.Role;
import scot.together.api.Slice;

@RestController
@RequestMapping("/api/children")
@Tag(name = "Children", description = "A child's record: who they are, their episodes of care and where they live")
public class ChildrenController {

    private final Commands commands;
    private final Queries queries;
    private final Actor actor;

    public ChildrenController(Commands commands, Queries queries, Actor actor) {
        this.commands = commands;
        this.queries = queries;
        this.actor = actor;
    }

    /** The most entries of a story in one answer when a limit is given. */
    static final int MOST_ENTRIES = 10_000;

    /** Bean Validation fills in {max}: "givenName must be at most 100 characters". */
    static final String AT_MOST = "must be at most {max} characters";

    public record NewChild(@NotBlank @Size(max = 100, message = AT_MOST) String givenName,
                           @NotBlank @Size(max = 100, message = AT_MOST) String familyName,
                           @NotNull LocalDate dateOfBirth, Boolean askIfAlike,
                           @Size(max = RecordCouncilReference.LONGEST, message = AT_MOST) String councilReference) {
    }

    public record CouncilReference(@NotBlank @Size(max = RecordCouncilReference.LONGEST, message = AT_MOST)
                                   String reference, LocalDate from) {
    }

    public record Allocation(@NotBlank @Size(max = 200, message = AT_MOST) String worker,
                             @NotBlank @Size(max = 100, message = AT_MOST) String team, @NotNull LocalDate from) {
    }

    public record NewEpisode(@NotNull LocalDate startDate, @NotNull CareCategory category) {
    }

    public record CategoryChange(@NotNull LocalDate date, @NotNull CareCategory category) {
    }

    public record EpisodeEnd(@NotNull LocalDate endDate, @Size(max = 2000, message = AT_MOST) String reason) {
    }

    public record Move(@NotNull UUID homeId, @NotNull LocalDate startDate, HomeEnding previousHomeEnding) {
    }

    @PostMapping
    @Operation(summary = "Register a child",
            description = "askIfAlike (optional, default false): when true, 409 REGISTERED_ALIKE if a child with the"
                    + " same name and date of birth is registered already; send again without it to register"
                    + " another child all the same. councilReference (optional, up to 50 characters): the"
                    + " reference the council knows the child by (its case system's number, say), recorded from"
                    + " the day of the registration.")
    public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewChild body) {
        UUID id = UUID.randomUUID();
        UUID created = commands.send(new RegisterChild(id, body.givenName(), body.familyName(), body.dateOfBirth(),
                Boolean.TRUE.equals(body.askIfAlike()), body.councilReference()));
        return Created.at("/api/children", created);
    }

    @PostMapping("/{id}/episodes")
    @Operation(summary = "Start a looked-after episode in a category")
    public ResponseEntity<Map<String, String>> startEpisode(@PathVariable UUID id, @Valid @RequestBody NewEpisode body) {
        UUID episodeId = commands.send(new StartEpisode(id, UUID.randomUUID(), body.startDate(), body.category()));
        return Created.at("/api/children/" + id + "/episodes", episodeId);
    }

    @PostMapping("/{id}/episodes/{episodeId}/category")
    @Operation(summary = "Change an episode's category from a date")
    public ResponseEntity<Void> changeCategory(@PathVariable UUID id, @PathVariable UUID episodeId,
                                               @Valid @RequestBody CategoryChange body) {
        commands.send(new ChangeEpisodeCategory(id, episodeId, body.date(), body.category()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/episodes/{episodeId}/end")
    @Operation(summary = "End an episode: the child is no longer looked after from the end date")
    public ResponseEntity<Void> endEpisode(@PathVariable UUID id, @PathVariable UUID episodeId,
                                           @Valid @RequestBody EpisodeEnd body) {
        commands.send(new EndEpisode(id, episodeId, body.endDate(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/placements")
    @Operation(summary = "Record that the child moves to a home",
            description = "Refused with 409 SEPARATION_NOT_APPROVED when it would leave the child apart from a brother"
                    + " or sister looked after away from home without an approved separation.")
    public ResponseEntity<Void> place(@PathVariable UUID id, @Valid @RequestBody Move body) {
        commands.send(new PlaceChild(id, body.homeId(), body.startDate(), body.previousHomeEnding()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/allocations")
    @Operation(summary = "Allocate the child to a worker and a team from a date (a later one reallocates them)",
            description = "worker: a user name. 409 UNKNOWN_WORKER when no one signs in by that name;"
                    + " 409 DATE_BEFORE_BIRTH, DATE_IN_FUTURE; 409 DATE_OUT_OF_ORDER when not after the allocation"
                    + " in force. The same worker and team again records nothing.")
    public ResponseEntity<Void> allocate(@PathVariable UUID id, @Valid @RequestBody Allocation body) {
        commands.send(new AllocateChild(id, body.worker(), body.team(), body.from()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/council-reference")
    @Operation(summary = "Record the reference the council knows the child by, from a date (default today)",
            description = "reference: up to 50 characters, such as the council's case system number; the child is"
                    + " found by it (GET /api/children?q=) and their record shows the latest. 409 DATE_OUT_OF_ORDER"
                    + " before the date of the reference in use, DATE_BEFORE_BIRTH, DATE_IN_FUTURE. The same"
                    + " reference again records nothing; one recorded wrongly is marked in error.")
    public ResponseEntity<Void> councilReference(@PathVariable UUID id, @Valid @RequestBody CouncilReference body) {
        commands.send(new RecordCouncilReference(id, body.reference(), body.from()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Find children by part of their name, or the whole of a council reference, and/or birth",
            description = "q: part of the name (any case), or a reference the council knows the child by, whole"
                    + " (any case); bornOn: the date of birth. Either or both; at most 50 children, by name,"
                    + " each with their category today and the council's reference in use.")
    public List<ChildSummary> find(@RequestParam(required = false) String q,
                                   @RequestParam(required = false)
                                   @org.springframework.format.annotation.DateTimeFormat(
                                           iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                   LocalDate bornOn) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            throw new scot.together.web.problems.InvalidRequest("q must be at most 100 characters.");
        }
        if (text.isEmpty() && bornOn == null) {
            throw new scot.together.web.problems.InvalidRequest("Give q (part of a name, or a council reference),"
                    + " bornOn, or both.");
        }
        return queries.list(new FindChildren(text, bornOn), ChildSummary.class, Role.CASEWORK);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A child's record as of today")
    public ChildView child(@PathVariable UUID id) {
        return queries.found(new FindChild(id), ChildView.class, "There is no child " + id + ".", Role.CASEWORK);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Everything recorded about the child, oldest first",
            description = "inError: a correction has since marked the entry as recorded in error (the entry"
                    + " stays). A board member sees it with the child named only by pseudonym. Optionally at most"
                    + " `limit` entries (1 to 10000) after the first `offset` (default 0), for a long story;"
                    + " without them, every entry.")
    public List<HistoryEntry> history(@PathVariable UUID id, @RequestParam(required = false) Integer offset,
                                      @RequestParam(required = false) Integer limit) {
        Role[] readers = {Role.SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.HEAD_OF_EDUCATION,
                Role.HEAD_OF_CF_SOCIAL_WORK, Role.BOARD_MEMBER};
        Slice slice = Slices.asked(offset, limit, MOST_ENTRIES, Slice.ALL.limit());
        boolean pseudonymised = !java.util.Arrays.stream(Role.CASEWORK).anyMatch(actor::holds);
        List<HistoryEntry> history = queries.list(new ChildHistory(id, pseudonymised, slice, false),
                HistoryEntry.class, readers);
        // a part after the end of a child's story is empty; an unknown child has no story at all
        if ((history == null || history.isEmpty()) && (slice.offset() == 0 || queries.list(new ChildHistory(id,
                pseudonymised, new Slice(0, 1), false), HistoryEntry.class, readers).isEmpty())) {
            throw new scot.together.web.problems.NotFound("There is no child " + id + ".");
        }
        return history;
    }
}
