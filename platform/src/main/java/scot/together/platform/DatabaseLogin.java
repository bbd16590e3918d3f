package scot.together.platform;

/** A PostgreSQL login. Its password never appears in {@link #toString()}, so never in a log. */
public record DatabaseLogin(String username, String password) {

    /** The user name as an SQL identifier, quoted. */
    public String role() {
        return '"' + username.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return username;
    }
}
