package scot.together.command.accounts;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.together.api.RefusalCode;
import scot.together.api.accounts.ErasePassword;
import scot.together.api.accounts.OpenUserAccount;
import scot.together.api.accounts.SetPassword;
import scot.together.command.Refused;
import scot.together.command.RuleViolation;
import scot.together.events.accounts.PasswordErased;
import scot.together.events.accounts.PasswordSet;
import scot.together.events.accounts.UserAccountOpened;

/** An account's rules: its password goes to the credentials table, and only that it was set or erased is an event. */
class UserAccountTest {

    static final String HASH = "{bcrypt}$2a$04$abcdefghijklmnopqrstuuM8sP9vNQyXQy7u8m3yq6bqV3e1M5m7G";

    final Clock clock = Clock.fixed(Instant.parse("2025-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
    final LocalDate today = LocalDate.of(2025, 7, 1);
    final UserAccountOpened opened = new UserAccountOpened("ailsa", "Ailsa Grant", Set.of("SOCIAL_WORKER"), today);
    Credentials credentials;
    AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void fixture() {
        credentials = mock(Credentials.class);
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(credentials);
    }

    @Test
    void anAccountIsOpenedWithItsRolesAndNoPassword() {
        fixture.givenNoPriorActivity()
                .when(new OpenUserAccount("ailsa", "Ailsa Grant", Set.of("SOCIAL_WORKER")))
                .expectEvents(opened);
        verifyNoInteractions(credentials);
    }

    @Test
    void anAccountNeedsAUsernameAndARole() {
        fixture.givenNoPriorActivity().when(new OpenUserAccount(" ", "Nobody", Set.of("SOCIAL_WORKER")))
                .expectException(RuleViolation.class).expectException(Refused.with(RefusalCode.VALIDATION))
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(new OpenUserAccount("ailsa", "Ailsa Grant", Set.of()))
                .expectException(Refused.with(RefusalCode.VALIDATION)).expectNoEvents();
    }

    @Test
    void aNewPasswordIsKeptInTheCredentialsAndTheEventSaysOnlyThatItWasSet() {
        fixture.given(opened)
                .when(new SetPassword("ailsa", HASH))
                .expectEvents(new PasswordSet("ailsa", today));
        verify(credentials).keep("ailsa", HASH);
    }

    @Test
    void aPasswordThatIsNotAnEncodedHashIsRefusedAndKeptNowhere() {
        fixture.given(opened)
                .when(new SetPassword("ailsa", "correct horse battery staple"))
                .expectException(Refused.with(RefusalCode.VALIDATION))
                .expectNoEvents();
        verifyNoInteractions(credentials);
    }

    @Test
    void noAccountNoPassword() {
        fixture.givenNoPriorActivity()
                .when(new SetPassword("nobody", HASH))
                .expectException(AggregateNotFoundException.class);
        verifyNoInteractions(credentials);
    }

    @Test
    void erasingAPasswordRemovesItFromTheCredentials() {
        fixture.given(opened, new PasswordSet("ailsa", today))
                .when(new ErasePassword("ailsa"))
                .expectEvents(new PasswordErased("ailsa", today));
        verify(credentials).erase("ailsa");
    }

    @Test
    void erasingWhenThereIsNoPasswordRecordsNothing() {
        fixture.given(opened, new PasswordSet("ailsa", today), new PasswordErased("ailsa", today))
                .when(new ErasePassword("ailsa"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        verifyNoInteractions(credentials);
    }

    @Test
    void aPasswordCanBeSetAgainAfterItWasErased() {
        fixture.given(opened, new PasswordSet("ailsa", today), new PasswordErased("ailsa", today))
                .when(new SetPassword("ailsa", HASH))
                .expectEvents(new PasswordSet("ailsa", today));
        verify(credentials).keep("ailsa", HASH);
    }
}
