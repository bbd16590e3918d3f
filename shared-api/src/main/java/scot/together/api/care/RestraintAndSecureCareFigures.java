package scot.together.api.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.together.api.Tabular;
import scot.together.events.care.InterventionSetting;

/**
 * Counts only, never a child: {@code interventions} has one line for every setting (zero
 * included); {@code childrenInSecureCare} counts children in secure care on any day of the period.
 */
public record RestraintAndSecureCareFigures(LocalDate from, LocalDate to, long interventionsTotal,
                                            List<BySetting> interventions, long secureAdmissions,
                                            long secureDischarges, long childrenInSecureCare) implements Tabular {

    public record BySetting(InterventionSetting setting, long interventions, long children) {
    }

    @Override
    public List<String> headings() {
        return List.of("From", "To", "What", "Setting", "Count", "Children");
    }

    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (BySetting line : interventions) {
            rows.add(List.of(from, to, "Physical interventions", line.setting(), line.interventions(), line.children()));
        }
        rows.add(List.of(from, to, "Admissions to secure care", "", secureAdmissions, ""));
        rows.add(List.of(from, to, "Discharges from secure care", "", secureDischarges, ""));
        rows.add(List.of(from, to, "Children in secure care during the period", "", childrenInSecureCare,
                childrenInSecureCare));
        return rows;
    }
}
