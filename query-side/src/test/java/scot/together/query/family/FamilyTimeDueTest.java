package scot.together.query.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.together.events.family.FamilyTimeFrequency;

class FamilyTimeDueTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void countsThePlansDatesInThePeriodWhileItHolds() {
        // weekly from Monday 6 January: 6, 13, 20, 27 January
        assertThat(FamilyTimeQueries.due(FamilyTimeFrequency.WEEKLY, d("2025-01-06"), null, d("2025-01-01"),
                d("2025-01-31"))).isEqualTo(4);
        // ends on 20 January: not due that day
        assertThat(FamilyTimeQueries.due(FamilyTimeFrequency.WEEKLY, d("2025-01-06"), d("2025-01-20"),
                d("2025-01-01"), d("2025-01-31"))).isEqualTo(2);
        // monthly from 31 January: 31 Jan, 28 Feb, 31 Mar; the period takes February and March
        assertThat(FamilyTimeQueries.due(FamilyTimeFrequency.MONTHLY, d("2025-01-31"), null, d("2025-02-01"),
                d("2025-03-31"))).isEqualTo(2);
        assertThat(FamilyTimeQueries.due(FamilyTimeFrequency.QUARTERLY, d("2024-01-15"), null, d("2024-01-01"),
                d("2024-12-31"))).isEqualTo(4);
        assertThat(FamilyTimeQueries.due(FamilyTimeFrequency.FORTNIGHTLY, d("2025-02-01"), null, d("2025-01-01"),
                d("2025-01-31"))).isZero();
    }
}
