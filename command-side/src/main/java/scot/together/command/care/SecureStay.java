package scot.together.command.care;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static scot.together.command.EffectiveDates.happened;
import static scot.together.command.EffectiveDates.notBeforeBirth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import scot.together.api.RefusalCode;
import scot.together.command.corrections.CorrectableRecord;
import scot.together.api.care.AdmitToSecureCare;
import scot.together.api.care.DischargeFromSecureCare;
import scot.together.command.RuleViolation;
import scot.together.events.care.SecureCareAdmitted;
import scot.together.events.care.SecureCareDischarged;

/**
 * One stay of a child in secure care, from admission to discharge. A child's stays never
 * overlap: see {@link SecureStaysInStore} for why that holds under concurrency.
 */
@Aggregate(repository = "secureStayRepository")
public class SecureStay extends CorrectableRecord {


    @AggregateIdentifier
    private UUID stayId;
    private UUID childId;
    private LocalDate admitted;
    private LocalDate discharged;

    protected SecureStay() {
        // for Axon
    }

    @CommandHandler
    public SecureStay(AdmitToSecureCare command, ChildRecords children, SecureStays stays, Clock clock) {
        happened(command.date(), "The admission to secure care", clock);
        notBeforeBirth(command.date(), children.bornOn(command.childId()), "The admission to secure care");
        // a new stay is open until its discharge, so it must begin after every recorded stay has ended
        stays.overlapping(command.childId(), command.date()).ifPresent(stay -> {
            throw new RuleViolation(RefusalCode.ALREADY_IN_SECURE_CARE, stay.discharged() == null
                    ? "The child has been in secure care since " + stay.admitted() + " and has not been discharged;"
                            + " record the discharge first."
                    : "The child was in secure care from " + stay.admitted() + " to " + stay.discharged()
                            + "; an admission on " + command.date() + " would overlap that stay.");
        });
        apply(new SecureCareAdmitted(command.stayId(), command.childId(), command.reason(), command.date()));
    }

    @CommandHandler
    public void handle(DischargeFromSecureCare command, Clock clock) {
        if (!childId.equals(command.childId())) {
            throw RuleViolation.notFound("This child has no stay in secure care " + stayId + ".");
        }
        if (discharged != null) {
            throw new RuleViolation(RefusalCode.ALREADY_DISCHARGED, "The child left secure care on " + discharged + ".");
        }
        happened(command.date(), "The discharge from secure care", clock);
        if (command.date().isBefore(admitted)) {
            throw new RuleViolation(RefusalCode.DATE_OUT_OF_ORDER, "The child was admitted on " + admitted
                    + "; the discharge cannot be before that.");
        }
        apply(new SecureCareDischarged(stayId, childId, command.date()));
    }

    @EventSourcingHandler
    void on(SecureCareAdmitted event) {
        stayId = event.stayId();
        childId = event.childId();
        admitted = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(SecureCareDischarged event) {
        discharged = event.effectiveDate();
    }
}
