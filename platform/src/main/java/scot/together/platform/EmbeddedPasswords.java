package scot.together.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's passwords, one for each of its three roles, generated on the first
 * start and kept beside its files in a file that only the user running Together can read.
 * Anyone who can read the data folder can read the records anyway; nobody else can connect.
 */
record EmbeddedPasswords(String superuser, String owner, String runtime) {

    static final String FILE = "postgres-passwords.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPasswords.class);

    static EmbeddedPasswords generate() {
        return new EmbeddedPasswords(random(), random(), random());
    }

    static Optional<EmbeddedPasswords> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by others: it is now readable by its owner only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return Optional.of(new EmbeddedPasswords(properties.getProperty("superuser"),
                properties.getProperty("owner"), properties.getProperty("runtime")));
    }

    /** Written whole or not at all: a crash while writing leaves the file as it was. */
    void write(Path dataDir) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("superuser", superuser);
        properties.setProperty("owner", owner);
        properties.setProperty("runtime", runtime);
        Path draft = ownerOnly(dataDir.resolve(FILE + ".new"));
        try (Writer out = Files.newBufferedWriter(draft)) {
            properties.store(out, " The embedded PostgreSQL's passwords (roles postgres, "
                    + EmbeddedDatabase.OWNER + ", " + EmbeddedDatabase.RUNTIME + "), generated on its first start.");
        }
        Files.move(draft, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A new empty file that only its owner may read or write, replacing any left over. */
    static Path ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        return posix() ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createFile(file);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedPasswords[…]";
    }
}
