package scot.together.command.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.together.command.family.ApartWithoutApproval.Approval;
import scot.together.command.family.ApartWithoutApproval.Link;
import scot.together.command.family.ApartWithoutApproval.Whereabouts;

/** Who a move would leave apart without approval, edge by edge. */
class ApartWithoutApprovalTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID oak = UUID.randomUUID();
    private final UUID elm = UUID.randomUUID();
    private final Map<UUID, Whereabouts> where = new HashMap<>();

    private void lives(UUID child, String name, UUID home) {
        where.put(child, new Whereabouts(child, name, true, home));
    }

    private List<String> apart(UUID child, UUID home, List<Link> links, List<Approval> approvals) {
        return ApartWithoutApproval.of(child, home, DAY, links, where, approvals, Set.of()).stream()
                .map(Whereabouts::name).toList();
    }

    private Link link(UUID x, UUID y) {
        return new Link(x, y, LONG_AGO, null);
    }

    @Test
    void aBrotherAccommodatedInAnotherHomeBlocksEitherWayRound() {
        lives(b, "Ben", elm);
        assertThat(apart(a, oak, List.of(link(a, b)), List.of())).containsExactly("Ben");
        assertThat(apart(a, oak, List.of(link(b, a)), List.of())).containsExactly("Ben");
    }

    @Test
    void movingIntoTheBrothersHomeDoesNot() {
        lives(b, "Ben", oak);
        assertThat(apart(a, oak, List.of(link(a, b)), List.of())).isEmpty();
    }

    @Test
    void aBrotherWithNoHomeRecordedOrNotAccommodatedDoesNot() {
        lives(b, "Ben", null);
        where.put(c, new Whereabouts(c, "Cat", false, elm));
        assertThat(apart(a, oak, List.of(link(a, b), link(a, c)), List.of())).isEmpty();
    }

    @Test
    void halfBrothersLinkedThroughAThirdChildDoNotBlockEachOther() {
        // A–B and B–C are recorded; A and C are not linked
        lives(b, "Ben", oak);
        lives(c, "Cal", elm);
        assertThat(apart(a, oak, List.of(link(a, b), link(b, c)), List.of())).isEmpty();
        assertThat(apart(c, elm, List.of(link(a, b), link(b, c)), List.of())).containsExactly("Ben");
    }

    @Test
    void aRelationshipNotInForceOnTheDateDoesNot() {
        lives(b, "Ben", elm);
        assertThat(apart(a, oak, List.of(new Link(a, b, DAY.plusDays(1), null)), List.of())).isEmpty();
        assertThat(apart(a, oak, List.of(new Link(a, b, LONG_AGO, DAY)), List.of())).isEmpty();
        assertThat(apart(a, oak, List.of(new Link(a, b, DAY, DAY.plusDays(1))), List.of())).containsExactly("Ben");
    }

    @Test
    void aSeparationCoversOnlyTheChildrenItLists() {
        lives(b, "Ben", elm);
        lives(c, "Cal", elm);
        Approval aAndB = new Approval(UUID.randomUUID(), Set.of(a, b), LONG_AGO, null);
        assertThat(apart(a, oak, List.of(link(a, b), link(a, c)), List.of(aAndB))).containsExactly("Cal");
    }

    @Test
    void aSeparationCoversFromItsDecisionUntilItEnds() {
        lives(b, "Ben", elm);
        List<Link> links = List.of(link(a, b));
        assertThat(apart(a, oak, links, List.of(new Approval(UUID.randomUUID(), Set.of(a, b), DAY, null)))).isEmpty();
        assertThat(apart(a, oak, links, List.of(new Approval(UUID.randomUUID(), Set.of(a, b), DAY.plusDays(1), null))))
                .containsExactly("Ben");
        assertThat(apart(a, oak, links, List.of(new Approval(UUID.randomUUID(), Set.of(a, b), LONG_AGO, DAY))))
                .containsExactly("Ben");
        assertThat(apart(a, oak, links, List.of(new Approval(UUID.randomUUID(), Set.of(a, b), LONG_AGO,
                DAY.plusDays(1))))).isEmpty();
    }

    @Test
    void aBackDatedMoveIsJudgedOnItsOwnDate() {
        // the look-ups give where the brother was on the move's date, not today
        lives(b, "Ben", oak);
        assertThat(apart(a, oak, List.of(link(a, b)), List.of())).isEmpty();
        lives(b, "Ben", elm);
        assertThat(apart(a, oak, List.of(link(a, b)), List.of())).containsExactly("Ben");
    }

    @Test
    void aBrotherMovingToTheSameHomeOnTheSameDayDoesNot() {
        lives(b, "Ben", elm);
        lives(c, "Cal", elm);
        assertThat(ApartWithoutApproval.of(a, oak, DAY, List.of(link(a, b), link(a, c)), where, List.of(),
                Set.of(b)).stream().map(Whereabouts::name)).containsExactly("Cal");
    }

    @Test
    void twoRelationshipsBetweenTheSamePairNameTheBrotherOnce() {
        lives(b, "Ben", elm);
        assertThat(apart(a, oak, List.of(link(a, b), link(b, a)), List.of())).containsExactly("Ben");
    }
}
