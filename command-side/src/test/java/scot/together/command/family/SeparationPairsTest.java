package scot.together.command.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.RecordedBy;
import scot.together.api.RefusalCode;
import scot.together.api.child.PlaceChild;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.RequestSeparation;
import scot.together.command.Refused;
import scot.together.command.StandingFixtures;
import scot.together.command.child.Child;
import scot.together.command.child.Placements;
import scot.together.command.family.ApartWithoutApproval.Approval;
import scot.together.command.family.ApartWithoutApproval.Link;
import scot.together.command.family.ApartWithoutApproval.Whereabouts;
import scot.together.command.home.Home;
import scot.together.events.CareCategory;
import scot.together.events.child.ChildPlaced;
import scot.together.events.child.ChildRegistered;
import scot.together.events.child.EpisodeStarted;
import scot.together.events.child.HomeEnding;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildPair;
import scot.together.events.family.ChildsView;
import scot.together.events.family.SeparationApproved;
import scot.together.events.family.SeparationPairsNamed;
import scot.together.events.family.SeparationRequested;

/**
 * A separation covers only the pairs it names. Eilidh, Rory and Isla live at Oak; the
 * assessment says Isla should live apart from the other two, and that Eilidh and Rory stay
 * together. Requested as pairs and approved, it lets Isla, or Eilidh away from Isla, move
 * apart, but never Eilidh away from Rory. The request (Separation) and the move (Child, with
 * the real {@link SeparationRule}) are each tested on their aggregate; the look-ups between
 * them are kept in memory from the events the separation's fixture recorded.
 */
class SeparationPairsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate DECIDED = LocalDate.of(2025, 6, 10);
    static final Map<String, ?> SOCIAL_WORKER = Map.of(RecordedBy.USER, "social.worker");
    static final Map<String, ?> HEAD = Map.of(RecordedBy.USER, "head.of.service");

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneId.of("Europe/London"));
    final FakeChildrenOnRecord onRecord = new FakeChildrenOnRecord();
    final UUID separation = UUID.randomUUID();
    final UUID oak = UUID.randomUUID();
    final UUID elm = UUID.randomUUID();
    final UUID episode = UUID.randomUUID();
    final Assessment assessment = new Assessment("Together or Apart", LocalDate.of(2025, 5, 1),
            "Isla apart; Eilidh and Rory together");
    final MemoryLookups lookups = new MemoryLookups();
    UUID eilidh;
    UUID rory;
    UUID isla;
    FixtureConfiguration<Separation> separations;
    FixtureConfiguration<Child> children;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        eilidh = onRecord.child("Eilidh Reid", LocalDate.of(2014, 2, 1));
        rory = onRecord.child("Rory Reid", LocalDate.of(2016, 5, 1));
        isla = onRecord.child("Isla Reid", LocalDate.of(2012, 9, 1));
        separations = StandingFixtures.of(Separation.class, clock, onRecord);
        children = StandingFixtures.of(Child.class, clock);
        Repository<Home> homes = mock(Repository.class);
        when(homes.load(anyString())).thenReturn(null);
        children.registerAnnotatedCommandHandler(new Placements(children.getRepository(), homes,
                List.of(new SeparationRule(lookups)), clock));
        for (UUID[] pair : new UUID[][] {{eilidh, rory}, {eilidh, isla}, {rory, isla}}) {
            lookups.links.add(new Link(pair[0], pair[1], LocalDate.of(2020, 1, 1), null));
        }
        lookups.lives(eilidh, "Eilidh Reid", oak);
        lookups.lives(rory, "Rory Reid", oak);
        lookups.lives(isla, "Isla Reid", oak);
    }

    List<ChildsView> views() {
        return List.of(new ChildsView(eilidh, "I want to stay with Rory", null),
                new ChildsView(rory, null, "Too young"), new ChildsView(isla, "I want my own room", null));
    }

    List<ChildPair> islaApart() {
        return ChildPair.between(List.of(isla), List.of(eilidh, rory));
    }

    RequestSeparation request(List<ChildPair> apart) {
        return new RequestSeparation(separation, List.of(eilidh, rory, isla), assessment, "Risk to Isla",
                LocalDate.of(2025, 12, 1), views(), apart);
    }

    GenericEventMessage<SeparationRequested> requested() {
        return new GenericEventMessage<>(new SeparationRequested(separation, List.of(eilidh, rory, isla), assessment,
                "Risk to Isla", LocalDate.of(2025, 12, 1), views(), TODAY), MetaData.from(SOCIAL_WORKER));
    }

    /** The Head of Service approves the request as recorded; the look-ups learn of it as the service's would. */
    void approved(List<Object> request, LocalDate decidedOn) {
        separations.given(request).when(new ApproveSeparation(separation, "Agreed", decidedOn), HEAD)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SeparationApproved(separation, List.of(eilidh, rory, isla), "Agreed", decidedOn));
        request.stream().filter(SeparationPairsNamed.class::isInstance).map(SeparationPairsNamed.class::cast)
                .forEach(lookups::named);
        lookups.approved(Set.of(eilidh, rory, isla), decidedOn);
    }

    /** Eilidh, looked after away from home and living at Oak since 2024. */
    List<Object> eilidhAtOak() {
        return List.of(new ChildRegistered(eilidh, "Eilidh", "Reid", LocalDate.of(2014, 2, 1), "C-1", TODAY),
                new EpisodeStarted(eilidh, episode, CareCategory.LOOKED_AFTER_AWAY_FROM_HOME, LocalDate.of(2024, 1, 1)),
                new ChildPlaced(eilidh, episode, oak, null, LocalDate.of(2024, 1, 1)));
    }

    PlaceChild eilidhTo(UUID home, LocalDate on) {
        return new PlaceChild(eilidh, home, on, HomeEnding.PLANNED);
    }

    @Test
    void aRequestNamingPairsRecordsThemBesideTheRequest() {
        separations.givenNoPriorActivity().when(request(islaApart()), SOCIAL_WORKER)
                .expectEvents(requested().getPayload(),
                        new SeparationPairsNamed(separation, List.of(eilidh, rory, isla), islaApart(), TODAY));
    }

    @Test
    void theRequestsFirstShapeStillCoversEveryPair() {
        separations.givenNoPriorActivity().when(request(null), SOCIAL_WORKER).expectEvents(requested().getPayload());
    }

    @Test
    void pairsNameTwoDifferentChildrenOfTheRequestOnceAndLeaveNoChildOut() {
        for (List<ChildPair> wrong : List.of(List.of(new ChildPair(eilidh, eilidh), new ChildPair(rory, isla)),
                List.of(new ChildPair(eilidh, isla), new ChildPair(isla, eilidh), new ChildPair(rory, isla)),
                List.of(new ChildPair(eilidh, UUID.randomUUID()), new ChildPair(rory, isla)),
                List.of(new ChildPair(rory, isla)), List.<ChildPair>of())) {
            separations.givenNoPriorActivity().when(request(wrong), SOCIAL_WORKER)
                    .expectException(Refused.with(RefusalCode.VALIDATION)).expectNoEvents();
        }
    }

    @Test
    void afterApprovalEilidhCannotMoveAwayFromRory() {
        approved(new ArrayList<>(List.of(requested(), new SeparationPairsNamed(separation,
                List.of(eilidh, rory, isla), islaApart(), TODAY))), DECIDED);
        children.given(eilidhAtOak()).when(eilidhTo(elm, TODAY))
                .expectException(Refused.with(RefusalCode.SEPARATION_NOT_APPROVED))
                .expectExceptionMessage(allOf(containsString("Rory Reid"), not(containsString("Isla Reid"))))
                .expectNoEvents();
    }

    @Test
    void afterApprovalEilidhMayMoveAwayFromIsla() {
        approved(new ArrayList<>(List.of(requested(), new SeparationPairsNamed(separation,
                List.of(eilidh, rory, isla), islaApart(), TODAY))), DECIDED);
        lookups.lives(rory, "Rory Reid", elm);
        children.given(eilidhAtOak()).when(eilidhTo(elm, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ChildPlaced(eilidh, episode, elm, HomeEnding.PLANNED, TODAY));
    }

    @Test
    void withoutApprovalEilidhCannotMoveAwayFromIslaEither() {
        lookups.lives(rory, "Rory Reid", elm);
        children.given(eilidhAtOak()).when(eilidhTo(elm, TODAY))
                .expectException(Refused.with(RefusalCode.SEPARATION_NOT_APPROVED))
                .expectExceptionMessage(containsString("Isla Reid"));
    }

    @Test
    void aSeparationRequestedInItsFirstShapeCoversEveryPair() {
        approved(new ArrayList<>(List.of(requested())), DECIDED);
        children.given(eilidhAtOak()).when(eilidhTo(elm, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMoveBeforeTheApprovalSaysTheApprovalsDayAndHowToRecordAnEarlierDecision() {
        approved(new ArrayList<>(List.of(requested())), DECIDED);
        children.given(eilidhAtOak()).when(eilidhTo(elm, LocalDate.of(2025, 6, 2)))
                .expectException(Refused.with(RefusalCode.SEPARATION_NOT_APPROVED))
                .expectExceptionMessage(allOf(containsString("On 2 June 2025"),
                        containsString("approved from 10 June 2025"), containsString("decidedOn"),
                        not(containsString("Ask for a separation"))))
                .expectNoEvents();
    }

    @Test
    void aMoveBeforeAnApprovalOfOtherPairsIsRefusedAsUncovered() {
        approved(new ArrayList<>(List.of(requested(), new SeparationPairsNamed(separation,
                List.of(eilidh, rory, isla), islaApart(), TODAY))), DECIDED);
        String detail = SeparationRule.refusal(eilidh, LocalDate.of(2025, 6, 2),
                List.of(lookups.where.get(rory)), lookups.approvalsOf(eilidh));
        assertThat(detail).contains("no separation approved").doesNotContain("10 June 2025");
    }

    /** The look-ups the rule reads, in memory. */
    static final class MemoryLookups extends FamilyLookups {

        final List<Link> links = new ArrayList<>();
        final Map<UUID, Whereabouts> where = new HashMap<>();
        final Map<UUID, Set<Set<UUID>>> pairs = new HashMap<>();
        final List<Approval> approvals = new ArrayList<>();
        UUID lastNamed;

        MemoryLookups() {
            super(null, null, null, null);
        }

        void lives(UUID child, String name, UUID home) {
            where.put(child, new Whereabouts(child, name, true, home));
        }

        void named(SeparationPairsNamed event) {
            pairs.put(event.separationId(), event.apart().stream().map(ChildPair::both).collect(Collectors.toSet()));
            lastNamed = event.separationId();
        }

        void approved(Set<UUID> children, LocalDate on) {
            approvals.add(new Approval(lastNamed != null ? lastNamed : UUID.randomUUID(), children,
                    lastNamed != null ? pairs.get(lastNamed) : Set.of(), on, null));
        }

        @Override
        public void lock(Collection<UUID> childIds) {
            // one test, one thread
        }

        @Override
        List<Link> linksOf(UUID childId) {
            return links.stream().filter(l -> l.childId().equals(childId) || l.otherChildId().equals(childId))
                    .toList();
        }

        @Override
        Map<UUID, Whereabouts> whereabouts(Collection<UUID> childIds, LocalDate date) {
            Map<UUID, Whereabouts> found = new HashMap<>();
            new HashSet<>(childIds).forEach(id -> found.put(id, where.get(id)));
            return found;
        }

        @Override
        List<Approval> approvalsOf(UUID childId) {
            return approvals.stream().filter(a -> a.childIds().contains(childId)).toList();
        }
    }
}
