package scot.together.app.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who holds each read model's segments, as the token store in the shared database says. */
final class ReadModelSegments {

    private final JdbcTemplate jdbc;

    ReadModelSegments(SharedDatabase database) {
        this.jdbc = new JdbcTemplate(database.observer());
    }

    /** For each read model, the owner of each of its segments ("" when unclaimed); not the store's own __config. */
    Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new TreeMap<>();
        jdbc.query("SELECT processor_name, coalesce(owner, '') FROM query.token_entry"
                + " WHERE processor_name NOT LIKE '\\_\\_%' ORDER BY processor_name, segment",
                rs -> {
                    owners.computeIfAbsent(rs.getString(1), p -> new ArrayList<>()).add(rs.getString(2));
                });
        return owners;
    }

    /** Whether every read model's segments are all claimed, each by a process whose owner name starts so. */
    boolean allHeldBy(List<TogetherProcess> querySides) {
        Map<String, List<String>> owners = owners();
        return !owners.isEmpty() && owners.values().stream().allMatch(its -> its.stream()
                .allMatch(owner -> querySides.stream().anyMatch(side -> owner.startsWith(side.tokenOwnerPrefix()))));
    }

    /** Whether each of the query sides holds segments of every read model. */
    boolean sharedBetween(List<TogetherProcess> querySides) {
        Map<String, List<String>> owners = owners();
        return allHeldBy(querySides) && owners.values().stream().allMatch(its -> querySides.stream()
                .allMatch(side -> its.stream().anyMatch(owner -> owner.startsWith(side.tokenOwnerPrefix()))));
    }
}
