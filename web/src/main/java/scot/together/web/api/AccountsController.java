package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.accounts.ErasePassword;
import scot.together.api.accounts.SetPassword;
import scot.together.web.problems.InvalidRequest;
import scot.together.web.security.Actor;
import scot.together.web.security.CommandRoles;

@RestController
@RequestMapping("/api/admin/accounts")
@Tag(name = "Accounts", description = "Local passwords, for councils without their own sign-in service (administrator)."
        + " A password is kept only as a one-way hash in a table that can be changed and erased, never in an event.")
public class AccountsController {

    /** bcrypt reads no further than 72 bytes: a longer password would be cut short without a word. */
    private static final int MAX_BYTES = 72;

    private final Commands commands;
    private final Actor actor;
    private final PasswordEncoder passwords;

    public AccountsController(Commands commands, Actor actor, PasswordEncoder passwords) {
        this.commands = commands;
        this.actor = actor;
        this.passwords = passwords;
    }

    public record NewPassword(@NotNull @Size(min = 12, max = MAX_BYTES, message = "must be {min} to {max} characters")
                              String password) {
        @Override
        public String toString() {
            return "NewPassword[…]";
        }
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Give the account a new password; the old one stops working at once",
            description = "The event recorded (PasswordSet) says who set it and when, never the password or its hash.")
    public ResponseEntity<Void> setPassword(@PathVariable String username, @Valid @RequestBody NewPassword body) {
        actor.as(CommandRoles.of(SetPassword.class)); // refused before a hash is worked out for it
        if (body.password().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequest("password must be at most " + MAX_BYTES + " bytes long in UTF-8.");
        }
        commands.send(new SetPassword(username, passwords.encode(body.password())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/password/erase")
    @Operation(summary = "Erase the account's password: it can no longer sign in with one",
            description = "The hash is deleted from the credentials table; the event recorded (PasswordErased) says"
                    + " who erased it and when. Erasing when there is no password records nothing.")
    public ResponseEntity<Void> erasePassword(@PathVariable String username) {
        commands.send(new ErasePassword(username));
        return ResponseEntity.noContent().build();
    }
}
