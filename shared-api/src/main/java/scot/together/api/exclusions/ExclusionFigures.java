package scot.together.api.exclusions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import scot.together.api.RecordedDates;
import scot.together.api.Role;
import scot.together.api.Tabular;
import scot.together.api.audit.ChildRef;

/**
 * Counts of exclusions in a period and every one listed. {@code daysLost} adds the days of
 * approved and informal exclusions. {@code timeToDecision} is an ISO-8601 duration from the
 * proposal to the approval or refusal that decided it (null while pending).
 */
public record ExclusionFigures(LocalDate from, LocalDate to, long proposed, long approved, long refused, long pending,
                               long informal, long daysLost, String averageTimeToDecision, List<Item> items)
        implements Tabular {

    public record Item(UUID id, ChildRef child, String school, LocalDate startDate, int days, ExclusionStatus status,
                       ProposedBy proposedBy, List<Decision> decisions, String timeToDecision) {
    }

    public record ProposedBy(String user, String role, Instant at) {
    }

    public record Decision(String by, String role, String decision, Instant at) {
    }

    @Override
    public List<String> headings() {
        return List.of("Exclusion", "Child (pseudonym)", "Child id", "School", "Start date", "Days", "Status",
                "Proposed by", "Proposed in role", "Proposed at", "Decisions", "Time to decision");
    }

    /** In the download a person reads roles and times in words; the JSON keeps the codes. */
    @Override
    public List<List<Object>> rows() {
        return items.stream().map(item -> List.<Object>of(item.id(), item.child().pseudonym(),
                item.child().id() == null ? "" : item.child().id(), item.school() == null ? "" : item.school(),
                item.startDate(), item.days(),
                item.status(), item.proposedBy().user(), Role.inWords(item.proposedBy().role()), item.proposedBy().at(),
                item.decisions().stream().map(d -> d.decision() + " by " + d.by() + " (" + Role.inWords(d.role()) + ") at " + d.at())
                        .collect(Collectors.joining("; ")),
                RecordedDates.durationInWords(item.timeToDecision()))).toList();
    }
}
