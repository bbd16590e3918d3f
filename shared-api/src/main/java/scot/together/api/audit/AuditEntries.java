package scot.together.api.audit;

import java.util.List;
import java.util.stream.Collectors;
import scot.together.api.Role;
import scot.together.api.Tabular;

/** Audit entries, oldest first; as a table, a child is named by pseudonym (and by id only when {@code withIds}). */
public record AuditEntries(List<AuditEntry> entries) implements Tabular {

    @Override
    public List<String> headings() {
        return List.of("Event", "Type", "Happened on", "Recorded at", "Recorded by", "Role", "What was recorded",
                "Children (pseudonyms)", "Children (ids)", "Recorded in error", "Corrected by");
    }

    @Override
    public List<List<Object>> rows() {
        return entries.stream().map(e -> List.<Object>of(e.eventId(), e.type(),
                e.effectiveDate() == null ? "" : e.effectiveDate(), e.recordedAt(),
                e.recordedBy() == null ? "" : e.recordedBy(), Role.inWords(e.role()), e.summary(),
                e.children().stream().map(ChildRef::pseudonym).collect(Collectors.joining(" ")),
                e.children().stream().filter(c -> c.id() != null).map(c -> c.id().toString())
                        .collect(Collectors.joining(" ")),
                e.inError() ? "yes" : "no", e.correctedBy() == null ? "" : e.correctedBy())).toList();
    }
}
