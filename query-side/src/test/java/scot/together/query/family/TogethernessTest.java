package scot.together.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.query.family.Togetherness.Link;

/** The definitions of domain.md, case by case. */
class TogethernessTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 31);

    private final Map<UUID, UUID> homes = new HashMap<>();
    private final UUID oak = UUID.randomUUID();
    private final UUID elm = UUID.randomUUID();

    private UUID accommodated(UUID home) {
        UUID child = UUID.randomUUID();
        homes.put(child, home);
        return child;
    }

    private TogethernessFigures figures(Link... links) {
        return Togetherness.on(DAY, homes, List.of(links));
    }

    @Test
    void twoBrothersTogetherAndASisterApart() {
        UUID a = accommodated(oak);
        UUID b = accommodated(oak);
        UUID c = accommodated(elm);
        TogethernessFigures f = figures(new Link(a, b), new Link(b, c), new Link(a, c));
        assertThat(f.children()).isEqualTo(3);
        assertThat(f.livingWithSome().count()).isEqualTo(2);
        assertThat(f.livingWithNone().count()).isEqualTo(1);
        assertThat(f.livingWithNone().percent()).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(f.groups()).isEqualTo(new TogethernessFigures.Groups(1, 0, 1, 0));
    }

    @Test
    void aChainIsOneGroupButEachChildCountsOnlyTheirOwnBrothersAndSisters() {
        // A–B and B–C: A lives with B (all of A's), B with A not C (some), C with nobody
        UUID a = accommodated(oak);
        UUID b = accommodated(oak);
        UUID c = accommodated(elm);
        TogethernessFigures f = figures(new Link(a, b), new Link(b, c));
        assertThat(f.livingWithAll().count()).isEqualTo(1);
        assertThat(f.livingWithSome().count()).isEqualTo(1);
        assertThat(f.livingWithNone().count()).isEqualTo(1);
        assertThat(f.groups().count()).isEqualTo(1);
        assertThat(f.groups().partlyTogether()).isEqualTo(1);
    }

    @Test
    void noHomeRecordedSharesWithNobody() {
        UUID a = accommodated(null);
        UUID b = accommodated(null);
        TogethernessFigures f = figures(new Link(a, b));
        assertThat(f.livingWithNone().count()).isEqualTo(2);
        assertThat(f.groups()).isEqualTo(new TogethernessFigures.Groups(1, 0, 0, 1));
    }

    @Test
    void aBrotherNotAccommodatedIsLeftOutAndSoIsALoneChild() {
        UUID a = accommodated(oak);
        UUID athome = UUID.randomUUID();
        UUID b = accommodated(oak);
        UUID c = accommodated(elm);
        TogethernessFigures f = figures(new Link(a, athome), new Link(b, c), new Link(c, b));
        assertThat(f.children()).isEqualTo(2);
        assertThat(f.livingWithNone().count()).isEqualTo(2);
        assertThat(f.groups()).isEqualTo(new TogethernessFigures.Groups(1, 0, 0, 1));
    }

    @Test
    void groupsAllTogetherAllApartAndPartly() {
        UUID a = accommodated(oak);
        UUID b = accommodated(oak);
        UUID c = accommodated(elm);
        UUID d = accommodated(oak);
        UUID e = accommodated(null);
        UUID f = accommodated(elm);
        UUID g = accommodated(elm);
        UUID h = accommodated(null);
        TogethernessFigures figures = figures(new Link(a, b), new Link(c, d), new Link(d, e), new Link(f, g),
                new Link(g, h));
        assertThat(figures.groups()).isEqualTo(new TogethernessFigures.Groups(3, 1, 1, 1));
        assertThat(figures.children()).isEqualTo(8);
        assertThat(figures.livingWithAll().count()).isEqualTo(3); // a, b, f
        assertThat(figures.livingWithSome().count()).isEqualTo(1); // g
        assertThat(figures.livingWithNone().count()).isEqualTo(4); // c, d, e, h
    }

    @Test
    void nobodyAccommodatedGivesZeroes() {
        TogethernessFigures f = figures();
        assertThat(f.children()).isZero();
        assertThat(f.livingWithAll().percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.groups()).isEqualTo(new TogethernessFigures.Groups(0, 0, 0, 0));
    }

    @Test
    void twentyThousandChildrenInGroupsAreCountedQuickly() {
        List<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            UUID home = UUID.randomUUID();
            UUID first = accommodated(home);
            for (int j = 1; j < 4; j++) {
                UUID next = accommodated(j == 3 ? null : home);
                links.add(new Link(first, next));
                first = next;
            }
        }
        long started = System.nanoTime();
        TogethernessFigures f = Togetherness.on(DAY, homes, links);
        assertThat(f.children()).isEqualTo(20000);
        assertThat(f.groups().partlyTogether()).isEqualTo(5000);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }
}
