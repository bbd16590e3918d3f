package scot.together.app.processes;

/** What every Together process does before Spring starts. */
public final class Processes {

    private Processes() {
    }

    /** Axon's start-up check for updates calls out to the internet, which a council's network may not allow. */
    public static void disableUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
    }
}
