package scot.together.command.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import scot.together.api.Role;
import scot.together.api.RecordedBy;
import scot.together.api.accounts.OpenUserAccount;
import scot.together.api.accounts.SetPassword;

/**
 * The {@code demo} profile's users, each with password "demo". Refuses to run on a database
 * that already holds anyone else, so that the well-known password can never open real records.
 * A demo user without a password (one opened before passwords left the events) is given it again.
 */
@Component
@Profile("demo")
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("social.worker", Role.SOCIAL_WORKER.name());
        USERS.put("social.worker2", Role.SOCIAL_WORKER.name());
        USERS.put("head.of.service", Role.HEAD_OF_SERVICE.name());
        USERS.put("head.of.service2", Role.HEAD_OF_SERVICE.name());
        USERS.put("head.of.education", Role.HEAD_OF_EDUCATION.name());
        USERS.put("head.of.cfsw", Role.HEAD_OF_CF_SOCIAL_WORK.name());
        USERS.put("board.member", Role.BOARD_MEMBER.name());
        USERS.put("admin", Role.ADMIN.name());
    }

    private final UsernamesTaken taken;
    private final Credentials credentials;
    private final CommandGateway commands;

    public DemoAccounts(UsernamesTaken taken, Credentials credentials, CommandGateway commands) {
        this.taken = taken;
        this.credentials = credentials;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> existing = taken.all();
        List<String> others = existing.stream().filter(name -> !USERS.containsKey(name)).toList();
        if (!others.isEmpty()) {
            throw new IllegalStateException("The demo profile, whose users all have the password 'demo', will not"
                    + " start on a database that already holds " + others.size() + " other user(s). Start without"
                    + " the demo profile, or give it an empty together.data-dir.");
        }
        // a low bcrypt cost: these passwords are public anyway, and HTTP Basic checks one on every request
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        MetaData system = MetaData.from(new RecordedBy("system", Role.ADMIN.name(), Set.of(Role.ADMIN.name())).metaData(null));
        USERS.forEach((username, role) -> {
            if (!existing.contains(username)) {
                commands.sendAndWait(new OpenUserAccount(username, username, Set.of(role)), system);
            }
            if (!credentials.held(username)) {
                commands.sendAndWait(new SetPassword(username, "{bcrypt}" + encoder.encode("demo")), system);
            }
        });
        log.info("Demo profile: {} users with the password 'demo'", USERS.size());
    }
}
