package scot.together.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.junit.jupiter.api.Test;
import org.axonframework.axonserver.connector.AxonServerException;

class UnavailableTest {

    @Test
    void aPartOutOfReachIsFoundWhereverItIsInTheCauses() {
        assertThat(Unavailable.causedBy(new CompletionException(new NoHandlerForCommandException("none")))).isTrue();
        assertThat(Unavailable.causedBy(new NoHandlerForQueryException("none"))).isTrue();
        assertThat(Unavailable.causedBy(new IllegalStateException(new AxonServerException("AXONIQ-0001", "down"))))
                .isTrue();
    }

    @Test
    void aFaultInTheCodeIsNotUnavailability() {
        assertThat(Unavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(Unavailable.causedBy(new CompletionException(new NullPointerException()))).isFalse();
    }
}
