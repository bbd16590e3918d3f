package scot.together.app.processes;

/** What every Together process does before Spring starts. */
public final class Processes {

    /** The switch Axon's UpdateChecker reads (CommandLineUsagePropertyProvider); application.yml sets the same. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    private Processes() {
    }

    /** Axon's start-up check for updates calls out to the internet, which a council's network may not allow. */
    public static void disableUpdateCheck() {
        System.setProperty(UPDATE_CHECKER_DISABLED, System.getProperty(UPDATE_CHECKER_DISABLED, "true"));
    }
}
