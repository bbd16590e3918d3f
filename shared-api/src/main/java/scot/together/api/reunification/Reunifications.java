package scot.together.api.reunification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * For each group of brothers and sisters (looked after away from home on {@code asAt}) who do
 * not all live in one home: the homes that could take the whole group together ({@code homes})
 * and those that could take more of them than now live together ({@code homesForSome}), homes
 * within the council's area first, and the review dates of the approved separations that
 * concern the group.
 */
public record Reunifications(LocalDate asAt, List<Group> groups) {

    /** {@code together}: the most of the group who share one home now. */
    public record Group(List<UUID> childIds, int together, List<Room> homes, List<Room> homesForSome,
                        List<Review> reviews) {
    }

    /**
     * A home with room: {@code vacancies} are its places less the children living there on the
     * date; {@code couldTake}, how many of the group it could have (those of them already
     * there included, and only those of the ages it is approved for).
     */
    public record Room(UUID homeId, String name, boolean withinAuthority, int places, int vacancies,
                       int couldTake) {
    }

    /** An approved separation in force that concerns children of the group, with its review date. */
    public record Review(UUID separationId, List<UUID> childIds, LocalDate reviewBy, boolean reviewOverdue) {
    }
}
