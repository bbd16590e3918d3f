package scot.together.platform;

import java.util.List;

/**
 * Where Together's database is and the two roles it uses there. The owner owns the schemas
 * and runs Flyway; the runtime role is what the service connects as for everything else, and
 * may only add to and read the event table (see {@link RuntimePrivileges}). Neither is a
 * superuser. With one login for both (a database set up before the roles were split), the
 * service still runs, but its user could rewrite history, and it says so at start.
 */
public record DatabaseRoles(String url, DatabaseLogin owner, DatabaseLogin runtime) {

    /**
     * The search path of the service's connections: the read models are named without their
     * schema, so that a rebuild can fill new ones beside them (see the query side's
     * {@code RebuildBeside}); every other table is named with its schema. For a council's own
     * PostgreSQL, {@code application.yml} gives the same.
     */
    public static final String SEARCH_PATH = "query,public";

    public boolean separate() {
        return !owner.username().equals(runtime.username());
    }

    /** The arguments that point another Together process at this database, as these roles. */
    public List<String> springArguments() {
        return List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + runtime.username(),
                "--spring.datasource.password=" + runtime.password(),
                "--spring.flyway.user=" + owner.username(),
                "--spring.flyway.password=" + owner.password());
    }

    @Override
    public String toString() {
        return url + " (owner " + owner + ", runtime " + runtime + ")";
    }
}
