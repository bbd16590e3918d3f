package scot.together.api.home;

import java.util.UUID;
import scot.together.events.home.HomeKind;

public record HomeSummary(UUID id, String name, HomeKind kind, boolean withinAuthority) {
}
