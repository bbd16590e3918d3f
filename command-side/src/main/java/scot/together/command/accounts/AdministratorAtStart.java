package scot.together.command.accounts;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import scot.together.api.Role;
import scot.together.api.RecordedBy;
import scot.together.api.accounts.OpenUserAccount;
import scot.together.api.accounts.PasswordCredential;
import scot.together.api.accounts.SetPassword;

/**
 * The way in for whoever runs Together when no administrator can sign in with a password (a
 * small council's first start, or an administrator whose account dates from before passwords
 * left the events): {@code together.accounts.administrator=NAME} with the password in the
 * environment ({@code TOGETHER_ACCOUNTS_ADMINISTRATOR_PASSWORD}, never on the command line)
 * gives NAME that password at start, opening an administrator's account of that name if there
 * is none. Recorded like any other password set, by "system"; nothing is recorded when the
 * account already has that password.
 */
@Component
public class AdministratorAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorAtStart.class);
    static final int SHORTEST = 12;

    private final UsernamesTaken taken;
    private final Credentials credentials;
    private final CommandGateway commands;
    private final String administrator;
    private final String password;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Autowired
    public AdministratorAtStart(UsernamesTaken taken, Credentials credentials, CommandGateway commands,
                                @Value("${together.accounts.administrator:}") String administrator,
                                @Value("${together.accounts.administrator-password:}") String password) {
        this.taken = taken;
        this.credentials = credentials;
        this.commands = commands;
        this.administrator = administrator;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (administrator.isBlank()) {
            return;
        }
        if (password.length() < SHORTEST) {
            throw new IllegalStateException("together.accounts.administrator needs a password of at least " + SHORTEST
                    + " characters in the environment variable TOGETHER_ACCOUNTS_ADMINISTRATOR_PASSWORD.");
        }
        MetaData system = MetaData.from(new RecordedBy("system", Role.ADMIN.name(), Set.of(Role.ADMIN.name())).metaData(null));
        if (!taken.all().contains(administrator)) {
            commands.sendAndWait(new OpenUserAccount(administrator, administrator, Set.of(Role.ADMIN.name())), system);
            log.info("Opened an administrator's account for {}", administrator);
        }
        PasswordCredential held = credentials.find(administrator);
        if (held != null && encoder.matches(password, held.passwordHash())) {
            return;
        }
        commands.sendAndWait(new SetPassword(administrator, encoder.encode(password)), system);
        log.info("Set the password of {} from the environment", administrator);
    }
}
