package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.web.problems.NotFound;
import scot.together.web.security.Actor;
import scot.together.api.Role;
import scot.together.web.security.SignInAttempts;

@RestController
@RequestMapping("/api/admin/sign-in-locks")
@Tag(name = "Administration", description = "Sign-in locks after repeated failures")
public class SignInLocksController {

    private static final Logger log = LoggerFactory.getLogger(SignInLocksController.class);

    private final SignInAttempts attempts;
    private final Actor actor;

    public SignInLocksController(SignInAttempts attempts, Actor actor) {
        this.attempts = attempts;
        this.actor = actor;
    }

    /** A user name (kind USER_NAME) or a client address (ADDRESS) whose lock is to be lifted. */
    public record Lift(@NotNull SignInAttempts.Kind kind, @NotBlank @Size(max = 200) String key) {
    }

    @GetMapping
    @Operation(summary = "User names and addresses with recent failed sign-ins, locked ones first",
            description = "Held in this web process's memory: with several web processes, ask each.")
    public List<SignInAttempts.Lock> locks() {
        actor.as(Role.ADMIN);
        return attempts.current();
    }

    @PostMapping("/lift")
    @Operation(summary = "Lift the lock on a user name or address, and forget its failures",
            description = "404 NOT_FOUND when it has no recent failures.")
    public ResponseEntity<Void> lift(@Valid @RequestBody Lift body) {
        String admin = actor.as(Role.ADMIN).user();
        if (!attempts.lift(body.kind(), body.key())) {
            throw new NotFound("No recent failed sign-ins with that " + (body.kind() == SignInAttempts.Kind.ADDRESS
                    ? "address." : "user name."));
        }
        log.info("Sign-in lock on a {} lifted by {}", body.kind(), admin);
        return ResponseEntity.noContent().build();
    }
}
