package scot.together.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Why an event was parked says what kind of failure and where, never what the failure quoted. */
class WhyParkedTest {

    @Test
    void aRefusalOfTheDatabaseGivesItsSqlStateAndNotTheRowItQuotes() {
        SQLException refused = new SQLException("ERROR: new row violates check constraint\n  Detail: Failing row"
                + " contains (Ada, Smith, 2015-01-01).", "23514");
        ThrowableCause why = WhyParked.of(new DataIntegrityViolationException("INSERT failed for Ada Smith", refused));

        assertThat(why.message()).isEqualTo("The database refused it: a rule of the read model's tables"
                + " (SQL state 23514) (SQLException in WhyParkedTest.aRefusalOfTheDatabaseGivesItsSqlStateAndNotTheRowItQuotes).");
        assertThat(why.type()).isEqualTo(SQLException.class.getName());
        assertThat(why.message()).doesNotContain("Ada").doesNotContain("Smith");
    }

    @Test
    void aNulIsNamedAndAnEventThatCannotBeReadIsSaid() {
        assertThat(WhyParked.of(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))
                .message()).startsWith("The database refused it: a character it cannot store, such as U+0000"
                + " (SQL state 22021)");
        assertThat(WhyParked.of(new SerializationException("Cannot read {\"name\":\"Ada\"}")).message())
                .startsWith("The event could not be read (SerializationException").doesNotContain("Ada");
        assertThat(WhyParked.of(new IllegalStateException("Ada has no home")).message())
                .startsWith("The read model failed on it (IllegalStateException").doesNotContain("Ada");
    }
}
