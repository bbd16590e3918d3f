package scot.together.command.child;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RecordedDates;
import scot.together.api.RefusalCode;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.child.AllocateChild;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.RecordCouncilReference;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.command.EffectiveDates;
import scot.together.command.RuleViolation;
import scot.together.events.child.ChildAllocated;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.CouncilReferenceRecorded;
import scot.together.events.child.EpisodeCategoryChanged;
import scot.together.events.child.EpisodeEnded;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.child.HomeEnding;

/**
 * A child's own record: who they are, their looked-after episodes and where they live.
 * Guards the rules that need nothing but the child's own history: episodes never overlap,
 * nothing happens before birth or in the future, moves come in order.
 */
@Aggregate(repository = "childRepository")
public class Child extends CorrectableRecord {


    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PSEUDONYM_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @AggregateIdentifier
    private UUID childId;
    private LocalDate dateOfBirth;
    private final Map<UUID, Episode> episodes = new LinkedHashMap<>();
    /** The allocation that holds now: from when, to whom, in which team (null: never allocated). */
    private LocalDate allocatedFrom;
    private String worker;
    private String team;
    /** The council's reference in use, and from when (null: none recorded). */
    private String councilReference;
    private LocalDate referenceFrom;

    protected Child() {
        // for Axon
    }

    @CommandHandler
    public Child(RegisterChild command, Clock clock, PeopleOnRecord people) {
        happened(command.dateOfBirth(), "The date of birth", clock);
        if (command.askIfAlike()) {
            List<UUID> alike = people.registeredAlike(command.givenName(), command.familyName(),
                    command.dateOfBirth());
            if (!alike.isEmpty()) {
                throw new RuleViolation(RefusalCode.REGISTERED_ALIKE, "A child with this name and date of birth is already"
                        + " registered (" + alike.stream().map(UUID::toString).collect(Collectors.joining(", "))
                        + "). If this is another child, register them again without asking (askIfAlike false).");
            }
        }
        String reference = command.councilReference() == null || command.councilReference().isBlank() ? null
                : reference(command.councilReference(), "councilReference");
        apply(new ChildRegistered(command.childId(), command.givenName().strip(), command.familyName().strip(),
                command.dateOfBirth(), newPseudonym(), LocalDate.now(clock)));
        if (reference != null) {
            apply(new CouncilReferenceRecorded(command.childId(), reference, LocalDate.now(clock)));
        }
    }

    /**
     * Records the reference the council knows the child by, from a date (default today), on or
     * after the date of the one in use: the one in use is the latest. The same reference again
     * records nothing; one recorded wrongly is marked in error like anything else.
     */
    @CommandHandler
    public void handle(RecordCouncilReference command, Clock clock) {
        String reference = reference(command.reference(), "reference");
        LocalDate from = command.from() == null ? LocalDate.now(clock) : command.from();
        notBeforeBirth(from, "The reference's date (from)");
        happened(from, "The reference's date (from)", clock);
        if (reference.equals(councilReference)) {
            return;
        }
        if (referenceFrom != null && from.isBefore(referenceFrom)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The child's reference in use dates from "
                    + RecordedDates.inWords(referenceFrom) + "; a new one cannot date from before that, and "
                    + RecordedDates.inWords(from) + " does.");
        }
        apply(new CouncilReferenceRecorded(childId, reference, from));
    }

    /** A council's reference as recorded: given, without spaces around it, and not too long. */
    private static String reference(String given, String field) {
        if (given == null || given.isBlank()) {
            throw RuleViolation.validation(field + " is required: the reference the council knows the child by.");
        }
        String reference = given.strip();
        if (reference.length() > RecordCouncilReference.LONGEST) {
            throw RuleViolation.validation(field + " must be at most " + RecordCouncilReference.LONGEST
                    + " characters.");
        }
        return reference;
    }

    @CommandHandler
    public UUID handle(StartEpisode command, Clock clock) {
        LocalDate start = command.startDate();
        notBeforeBirth(start, "An episode's start");
        happened(start, "The episode's start", clock);
        for (Episode other : episodes.values()) {
            if (other.isOpen() || other.end().isAfter(start)) {
                throw new RuleViolation(RefusalCode.OVERLAPPING_EPISODE, "The child's episode that began on " + other.start()
                        + (other.isOpen() ? " has not ended" : " ends on " + other.end())
                        + ", so a new one cannot begin on " + start + "; episodes never overlap.");
            }
        }
        apply(new EpisodeStarted(childId, command.episodeId(), command.category(), start));
        return command.episodeId();
    }

    @CommandHandler
    public void handle(ChangeEpisodeCategory command, Clock clock) {
        Episode episode = openEpisode(command.episodeId());
        LocalDate date = command.date();
        happened(date, "The change of category", clock);
        if (!date.isAfter(episode.lastCategoryChange())) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The category can change only after " + episode.lastCategoryChange()
                    + ", the episode's start or its last change of category; " + date + " is not.");
        }
        if (episode.category() == command.category()) {
            return;
        }
        apply(new EpisodeCategoryChanged(childId, episode.id(), command.category(), date));
    }

    @CommandHandler
    public void handle(EndEpisode command, Clock clock) {
        Episode episode = openEpisode(command.episodeId());
        LocalDate end = command.endDate();
        happened(end, "The episode's end", clock);
        if (!end.isAfter(episode.latestChange())) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The episode can end only after " + episode.latestChange()
                    + ", the last thing recorded in it; " + end + " is not.");
        }
        apply(new EpisodeEnded(childId, episode.id(), command.reason(), end));
    }

    /**
     * Allocates the child to a worker in a team from a date, or reallocates them: each allocation
     * comes after the one before it (an allocation recorded wrongly is marked in error instead).
     * Allocating again to the same worker and team changes nothing and records nothing.
     */
    @CommandHandler
    public void handle(AllocateChild command, Clock clock, PeopleOnRecord people) {
        if (command.worker() == null || command.worker().isBlank() || command.team() == null
                || command.team().isBlank() || command.from() == null) {
            throw RuleViolation.validation("worker, team and from are required: who the child is allocated to, in"
                    + " which team, from which date.");
        }
        LocalDate from = command.from();
        notBeforeBirth(from, "The allocation");
        happened(from, "The allocation", clock);
        if (!people.workerKnown(command.worker())) {
            throw new RuleViolation(RefusalCode.UNKNOWN_WORKER, "No one signs in as " + command.worker()
                    + "; allocate the child to a worker who has an account.");
        }
        if (command.worker().equals(worker) && command.team().strip().equals(team)) {
            return;
        }
        if (allocatedFrom != null && !from.isAfter(allocatedFrom)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The child is allocated from " + allocatedFrom
                    + "; a new allocation must come after that, and " + from + " does not.");
        }
        apply(new ChildAllocated(childId, command.worker(), command.team().strip(), from));
    }

    /**
     * The child moves to a home. Called by {@link Placements}, which first checks what the
     * child's record alone cannot know: that the home exists and that brothers and sisters
     * are not separated without approval: {@code otherRules} run once the child's own rules pass.
     */
    public void moveTo(UUID homeId, LocalDate start, HomeEnding previousHomeEnding, Clock clock,
                       Runnable otherRules) {
        notBeforeBirth(start, "A move");
        happened(start, "The move", clock);
        Episode episode = episodeOn(start).orElseThrow(() -> new RuleViolation(RefusalCode.NO_OPEN_EPISODE,
                "The child is not in a looked-after episode on " + start + "; start an episode first."));
        HomeEnding ending = null;
        if (episode.home() != null) {
            if (!start.isAfter(episode.homeSince())) {
                throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The child's current home began on " + episode.homeSince()
                        + "; a move must come after that, and " + start + " does not.");
            }
            if (episode.home().equals(homeId)) {
                throw new RuleViolation(RefusalCode.ALREADY_LIVES_THERE, "The child already lives in this home.");
            }
            if (previousHomeEnding == null) {
                throw RuleViolation.validation("previousHomeEnding is required: the child already has a home in this"
                        + " episode, so say whether it ended as planned (PLANNED) or not (UNPLANNED).");
            }
            ending = previousHomeEnding;
        }
        otherRules.run();
        apply(new ChildPlaced(childId, episode.id(), homeId, ending, start));
    }

    public LocalDate bornOn() {
        return dateOfBirth;
    }

    /** Whether the child is in an episode of any category on the date, so care experienced on that day. */
    public boolean inEpisodeOn(LocalDate date) {
        return episodeOn(date).isPresent();
    }

    /** The episode that holds on the date, if any. */
    private Optional<Episode> episodeOn(LocalDate date) {
        return episodes.values().stream().filter(e -> e.holdsOn(date)).findFirst();
    }

    private Episode openEpisode(UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        if (episode == null) {
            throw RuleViolation.notFound("This child has no episode " + episodeId + ".");
        }
        if (!episode.isOpen()) {
            throw new RuleViolation(RefusalCode.EPISODE_ENDED, "The episode ended on " + episode.end() + "; it cannot change now.");
        }
        return episode;
    }

    private void notBeforeBirth(LocalDate date, String what) {
        EffectiveDates.notBeforeBirth(date, dateOfBirth, what);
    }

    private static String newPseudonym() {
        StringBuilder pseudonym = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            pseudonym.append(PSEUDONYM_LETTERS[RANDOM.nextInt(PSEUDONYM_LETTERS.length)]);
        }
        return pseudonym.toString();
    }

    /** An episode's end left out would leave it open beside a later episode: episodes never overlap. */
    @Override
    protected void mayLeaveOut(EventMessage<?> recorded) {
        if (recorded.getPayload() instanceof EpisodeEnded ended && episodes.containsKey(ended.episodeId())) {
            LocalDate start = episodes.get(ended.episodeId()).start();
            episodes.values().stream().filter(later -> later.start().isAfter(start)).findFirst().ifPresent(later -> {
                throw new RuleViolation(RefusalCode.OVERLAPPING_EPISODE, "Without this end the episode would still be"
                        + " open when the next began on " + RecordedDates.inWords(later.start()) + "; episodes never"
                        + " overlap. Mark the later episode's start as recorded in error first.");
            });
        }
    }

    @EventSourcingHandler
    void on(ChildRegistered event) {
        childId = event.childId();
        dateOfBirth = event.dateOfBirth();
    }

    @EventSourcingHandler
    void on(EpisodeStarted event) {
        episodes.put(event.episodeId(), Episode.started(event.episodeId(), event.effectiveDate(), event.category()));
    }

    @EventSourcingHandler
    void on(EpisodeCategoryChanged event) {
        episodes.computeIfPresent(event.episodeId(), (id, e) -> e.inCategory(event.category(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(EpisodeEnded event) {
        episodes.computeIfPresent(event.episodeId(), (id, e) -> e.endingOn(event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ChildAllocated event) {
        allocatedFrom = event.effectiveDate();
        worker = event.worker();
        team = event.team();
    }

    @EventSourcingHandler
    void on(CouncilReferenceRecorded event) {
        councilReference = event.reference();
        referenceFrom = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(ChildPlaced event) {
        episodes.computeIfPresent(event.episodeId(), (id, e) -> e.livingAt(event.homeId(), event.effectiveDate()));
    }
}
