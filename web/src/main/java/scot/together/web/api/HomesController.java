package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.home.RegisterHome;
import scot.together.events.home.HomeKind;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/homes")
@Tag(name = "Homes", description = "Where children live")
public class HomesController {

    private final Commands commands;

    public HomesController(Commands commands) {
        this.commands = commands;
    }

    public record NewHome(@NotBlank @Size(max = 200, message = ChildrenController.AT_MOST) String name,
                          @NotNull HomeKind kind,
                          @NotNull Boolean withinAuthority) {
    }

    @PostMapping
    @Operation(summary = "Record a home, within or outwith the council's area")
    public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewHome body) {
        UUID created = commands.send(new RegisterHome(UUID.randomUUID(), body.name(), body.kind(),
                body.withinAuthority()));
        return Created.at("/api/homes", created);
    }
}
