package scot.together.query.family;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.together.api.family.SeparationsRegister;
import scot.together.api.family.SeparationsRegisterView;
import scot.together.api.reunification.FindReunifications;
import scot.together.api.reunification.Reunifications;
import scot.together.api.reunification.Reunifications.Group;
import scot.together.api.reunification.Reunifications.Review;
import scot.together.api.reunification.Reunifications.Room;
import scot.together.events.CareCategory;
import scot.together.query.children.HomeDirectory;

/**
 * The reunification finder: for every group of brothers and sisters living apart on a date,
 * the homes with room for all of them, or for more of them than now live together. A home's
 * room on the date is its places then (the record of places in force on the date, or its
 * first record when places were recorded only after the date) less the children who live there
 * on the date; a group's own children already there keep their places. A home approved for
 * some ages only takes the children of those ages on the date. Homes with no places recorded
 * cannot be judged and are left out.
 */
@Component
public class ReunificationQueries {

    private final JdbcTemplate jdbc;
    private final SeparationQueries separations;
    private final Clock clock;

    public ReunificationQueries(JdbcTemplate jdbc, SeparationQueries separations, Clock clock) {
        this.jdbc = jdbc;
        this.separations = separations;
        this.clock = clock;
    }

    /** A home whose places are known on the date, with who lives there then. */
    private record Capacity(UUID id, String name, boolean withinAuthority, int places, Integer youngest,
                            Integer oldest, int living) {
        boolean approvedFor(LocalDate born, LocalDate on) {
            int age = Period.between(born, on).getYears();
            return (youngest == null || age >= youngest) && (oldest == null || age <= oldest);
        }
    }

    @QueryHandler
    public Reunifications handle(FindReunifications query) {
        LocalDate asAt = query.asAt() == null ? LocalDate.now(clock) : query.asAt();
        Date day = Date.valueOf(asAt);
        CareOverAPeriod care = CareOverAPeriod.read(jdbc, asAt, asAt);
        Map<UUID, UUID> homes = care.homesOn(asAt);
        Map<UUID, LocalDate> born = new HashMap<>();
        jdbc.query("SELECT id, date_of_birth FROM child WHERE id = ANY (?::uuid[])",
                rs -> {
                    born.put(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate());
                }, (Object) homes.keySet().toArray(UUID[]::new));
        homes.keySet().retainAll(born.keySet());  // a child with no record yet is not offered a home
        List<Togetherness.Link> links = care.linksOn(asAt);
        List<Capacity> capacities = capacities(day);
        List<SeparationsRegisterView.Approved> approved = separations.handle(new SeparationsRegister(asAt)).approved();
        List<Group> groups = new ArrayList<>();
        for (List<UUID> members : Togetherness.groups(homes.keySet(), links)) {
            int together = together(members, homes);
            if (together == members.size()) {
                continue;
            }
            List<UUID> childIds = members.stream().sorted(Comparator.comparing((UUID c) -> born.get(c))
                    .thenComparing(c -> c)).toList();
            List<Room> rooms = capacities.stream().map(home -> room(home, childIds, homes, born, asAt))
                    .filter(room -> room.couldTake() > together)
                    .sorted(Comparator.comparing((Room r) -> !r.withinAuthority())
                            .thenComparing((Room r) -> -r.couldTake())
                            .thenComparing((Room r) -> -r.vacancies())
                            .thenComparing(Room::name).thenComparing(Room::homeId))
                    .toList();
            List<Review> reviews = approved.stream().filter(a -> a.childIds().stream().anyMatch(members::contains))
                    .map(a -> new Review(a.id(), a.childIds(), a.reviewBy(), a.reviewOverdue())).toList();
            groups.add(new Group(childIds, together,
                    rooms.stream().filter(r -> r.couldTake() == childIds.size()).toList(),
                    rooms.stream().filter(r -> r.couldTake() < childIds.size()).toList(), reviews));
        }
        groups.sort(Comparator.comparing((Group g) -> g.childIds().get(0)));
        return new Reunifications(asAt, groups);
    }

    /** The most of the group who share one home now (a child with no home shares with nobody). */
    private static int together(List<UUID> members, Map<UUID, UUID> homes) {
        Map<UUID, Long> byHome = members.stream().map(homes::get).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Math.max(1, byHome.values().stream().mapToInt(Long::intValue).max().orElse(0));
    }

    private static Room room(Capacity home, List<UUID> members, Map<UUID, UUID> homes, Map<UUID, LocalDate> born,
                             LocalDate asAt) {
        long there = members.stream().filter(m -> home.id().equals(homes.get(m))).count();
        long couldCome = members.stream().filter(m -> !home.id().equals(homes.get(m)))
                .filter(m -> home.approvedFor(born.get(m), asAt)).count();
        int vacancies = Math.max(0, home.places() - home.living());
        int couldTake = (int) (there + Math.min(vacancies, couldCome));
        return new Room(home.id(), home.name(), home.withinAuthority(), home.places(), vacancies, couldTake);
    }

    private List<Capacity> capacities(Date day) {
        return jdbc.query("""
                SELECT h.id, h.name, h.within_authority, p.places, p.youngest_age, p.oldest_age,
                       (SELECT count(*) FROM child_home c WHERE c.home_id = h.id AND c.during @> ?::date)
                           AS living
                FROM home h
                JOIN LATERAL (%s) p ON true
                """.formatted(HomeDirectory.PLACES_ON_THE_DAY), (rs, row) -> new Capacity(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getBoolean("within_authority"), rs.getInt("places"), (Integer) rs.getObject("youngest_age"),
                (Integer) rs.getObject("oldest_age"), rs.getInt("living")), day, day, day);
    }
}
