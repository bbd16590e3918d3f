package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.EndSeparation;
import scot.together.api.family.ListSeparations;
import scot.together.api.family.ProposeSeparationMove;
import scot.together.api.family.RefuseSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.api.family.ReviewSeparation;
import scot.together.api.family.SeparationStatus;
import scot.together.api.family.SeparationSummary;
import scot.together.api.family.SeparationsRegister;
import scot.together.api.family.SeparationsRegisterView;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.web.problems.InvalidRequest;
import scot.together.events.family.ChildsView;
import scot.together.events.family.ReviewOutcome;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/separations")
@Tag(name = "Separations", description = "Brothers and sisters living apart only with the Head of Service's agreement")
public class SeparationsController {

    private final Commands commands;
    private final Queries queries;

    public SeparationsController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record AssessmentBody(@NotBlank @Size(max = 200) String kind, @NotNull LocalDate completedOn,
                                 @NotBlank @Size(max = 10000) String summary) {
    }

    /** A child's view, or why it could not be given: exactly one of the two. */
    public record ViewBody(@NotNull UUID childId, @Size(max = 10000) String view,
                           @Size(max = 2000) String notGivenBecause) {
    }

    /** Two children of the request who would live apart from each other. */
    public record PairBody(@NotNull UUID childId, @NotNull UUID otherChildId) {
    }

    /**
     * {@code apart} (pairs) or {@code sides} (two lists: each child of one lives apart from each
     * of the other) narrow the separation to those pairs; with neither it covers every pair.
     */
    public record NewSeparation(@NotNull @Size(min = 2, max = 20) List<@NotNull UUID> childIds,
                                @NotNull @Valid AssessmentBody assessment, @NotBlank @Size(max = 10000) String reason,
                                @NotNull LocalDate reviewBy, @NotEmpty @Size(max = 40) List<@NotNull @Valid ViewBody> views,
                                @Size(min = 1, max = 190) List<@NotNull @Valid PairBody> apart,
                                @Size(min = 2, max = 2) List<@NotEmpty @Size(max = 20) List<@NotNull UUID>> sides) {
    }

    public record Approval(@Size(max = 10000) String comment, LocalDate decidedOn) {
    }

    public record Refusal(@NotBlank @Size(max = 10000) String reason) {
    }

    public record Review(@NotNull LocalDate reviewedOn, @NotNull ReviewOutcome outcome, LocalDate nextReviewBy) {
    }

    public record MoveBody(@NotNull UUID childId, @NotNull UUID homeId, @NotNull LocalDate moveOn) {
    }

    public record SeparationEnd(@NotNull LocalDate date, @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Ask the Head of Service to agree that brothers and sisters live apart",
            description = "childIds: two or more children. views: one entry for each child in childIds (and any of"
                    + " their brothers and sisters whose views were sought), with the child's view or, in"
                    + " notGivenBecause, why it could not be given (Children (Scotland) Act 2020 s.13)."
                    + " Optional, one or the other: apart, the pairs [{childId, otherChildId}] who would live apart"
                    + " from each other; or sides, two lists of children, each child of one living apart from each"
                    + " of the other. Only those pairs are then covered once approved, so a move apart of two"
                    + " children the request keeps together is still refused. With neither, every pair of childIds"
                    + " is covered.")
    public ResponseEntity<Map<String, String>> request(@Valid @RequestBody NewSeparation body) {
        AssessmentBody a = body.assessment();
        List<ChildsView> views = body.views().stream()
                .map(v -> new ChildsView(v.childId(), v.view(), v.notGivenBecause())).toList();
        if (body.apart() != null && body.sides() != null) {
            throw new InvalidRequest("apart and sides: give the pairs who would live apart or the two sides, not"
                    + " both.");
        }
        List<ChildPair> apart = body.sides() != null ? ChildPair.between(body.sides().get(0), body.sides().get(1))
                : body.apart() == null ? null
                : body.apart().stream().map(p -> new ChildPair(p.childId(), p.otherChildId())).toList();
        UUID created = commands.send(new RequestSeparation(UUID.randomUUID(), body.childIds(),
                new Assessment(a.kind(), a.completedOn(), a.summary()), body.reason(), body.reviewBy(), views,
                apart));
        return Created.at("/api/separations", created);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "The Head of Service agrees (never the person who asked)",
            description = "decidedOn defaults to today; an earlier day records a decision taken then, never a"
                    + " future one. 409 SELF_APPROVAL for the requester, 409 ALREADY_DECIDED once decided.")
    public ResponseEntity<Void> approve(@PathVariable UUID id, @Valid @RequestBody Approval body) {
        commands.send(new ApproveSeparation(id, body.comment(), body.decidedOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "The Head of Service does not agree (never the person who asked)")
    public ResponseEntity<Void> refuse(@PathVariable UUID id, @Valid @RequestBody Refusal body) {
        commands.send(new RefuseSeparation(id, body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/proposed-move")
    @Operation(summary = "Say which move a waiting request is for, so the Head of Service decides with it in view",
            description = "childId: one of the children the request names, who would move to homeId on moveOn."
                    + " 409 ALREADY_DECIDED once the request is decided. Asked again, the latest stands.")
    public ResponseEntity<Void> proposeMove(@PathVariable UUID id, @Valid @RequestBody MoveBody body) {
        commands.send(new ProposeSeparationMove(id, body.childId(), body.homeId(), body.moveOn()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Review an approved separation: continue (with the next review date) or reunite")
    public ResponseEntity<Void> review(@PathVariable UUID id, @Valid @RequestBody Review body) {
        commands.send(new ReviewSeparation(id, body.reviewedOn(), body.outcome(), body.nextReviewBy()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End an approved separation, e.g. when the children live together again")
    public ResponseEntity<Void> end(@PathVariable UUID id, @Valid @RequestBody SeparationEnd body) {
        commands.send(new EndSeparation(id, body.date(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Separations, all or those with a status (REQUESTED, APPROVED, REFUSED, ENDED)")
    public List<SeparationSummary> list(@RequestParam(required = false) SeparationStatus status) {
        return queries.list(new ListSeparations(status), SeparationSummary.class, Role.CASEWORK);
    }

    @GetMapping("/register")
    @Operation(summary = "The register of separations as at a date (default today)",
            description = "Approved separations in force with their review dates and whether the review is"
                    + " overdue; and brothers and sisters, both looked after away from home, living in different"
                    + " homes with no approved separation (for instance because the relationship was recorded"
                    + " after they were placed apart). Add format=csv for a download.")
    public ResponseEntity<?> register(@RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                                      @RequestParam(required = false) String format) {
        SeparationsRegisterView register = queries.one(new SeparationsRegister(asAt), SeparationsRegisterView.class,
                Role.CASEWORK);
        return Csv.orJson(register, format, "separations-register-" + register.asAt());
    }
}
