package scot.together.api.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import scot.together.api.Tabular;

/**
 * As at a date: separations approved and in force, with their review dates (overdue when the
 * review date has passed); and brothers and sisters, both looked after away from home, who
 * live in different homes with no approved separation covering them.
 */
public record SeparationsRegisterView(LocalDate asAt, List<Approved> approved, long reviewsOverdue,
                                      List<ApartWithoutApproval> apartWithoutApproval) implements Tabular {

    public record Approved(UUID id, List<UUID> childIds, LocalDate decidedOn, LocalDate reviewBy,
                           boolean reviewOverdue) {
    }

    public record ApartWithoutApproval(UUID childId, UUID otherChildId, UUID homeId, UUID otherHomeId) {
    }

    @Override
    public List<String> headings() {
        return List.of("As at", "Entry", "Separation", "Children", "Decided on", "Review by", "Review overdue",
                "Homes");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Approved a : approved) {
            rows.add(List.of(asAt, "Approved separation", a.id(), join(a.childIds()), a.decidedOn(),
                    a.reviewBy() == null ? "" : a.reviewBy(), a.reviewOverdue() ? "yes" : "no", ""));
        }
        for (ApartWithoutApproval apart : apartWithoutApproval) {
            rows.add(List.of(asAt, "Brothers and sisters living apart without approval", "",
                    join(List.of(apart.childId(), apart.otherChildId())), "", "", "",
                    apart.homeId() + " " + apart.otherHomeId()));
        }
        return rows;
    }

    private static String join(List<UUID> ids) {
        return String.join(" ", ids.stream().map(UUID::toString).toList());
    }
}
