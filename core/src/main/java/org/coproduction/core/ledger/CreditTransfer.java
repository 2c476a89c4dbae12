package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Time credits leaving one person's account: either given to another person in the ledger, or spent
 * with the time bank on goods or services from outside the ledger (the Healthy Living Club's
 * volunteers buy services from other members of their time bank; "Co-production in social care:
 * What it is and how to do it", SCIE, October 2013, updated October 2015, section "The Healthy
 * Living Club").
 *
 * <p>Transfers are zero-sum: a transfer between people takes from one exactly what it gives the
 * other, and spending moves credits from a person to the time bank. Nobody can pass on credits they
 * have not earned or been given first; {@link ReciprocityLedger} checks this in date order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreditTransfer.class)
@JsonDeserialize(as = ImmutableCreditTransfer.class)
@API(status = STABLE, since = "0.1")
public abstract class CreditTransfer {
  CreditTransfer() {}

  /**
   * An id, unique among the ledger's credit transfers; transfers on the same day are applied in id
   * order.
   *
   * @return the id, for example {@code t2}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The pseudonymous id of the person whose credits are used.
   *
   * @return a participant id listed in the ledger
   */
  @JsonProperty("fromParticipantId")
  public abstract String fromParticipantId();

  /**
   * Who receives the credits.
   *
   * @return the pseudonymous id of another participant listed in the ledger, or empty when the
   *     credits are spent with the time bank
   */
  @JsonProperty("toParticipantId")
  public abstract Optional<String> toParticipantId();

  /**
   * The day the credits moved.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * How many hours of credit moved, written in JSON as ISO-8601 text such as {@code "PT2H"}.
   *
   * @return the credit hours, 0 or more
   */
  @JsonProperty("hours")
  public abstract Duration hours();

  /**
   * What the credits were used for, for people reading the ledger.
   *
   * @return the note, or empty
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Whether the credits were spent with the time bank rather than given to another person.
   *
   * @return true when there is no receiving participant
   */
  public boolean spentWithTimeBank() {
    return toParticipantId().isEmpty();
  }

  /**
   * Starts a new credit transfer.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditTransfer}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCreditTransfer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("fromParticipantId", fromParticipantId());
    if (toParticipantId().isPresent()) {
      Checks.id("toParticipantId", toParticipantId().get());
      if (toParticipantId().get().equals(fromParticipantId())) {
        throw CoProductionException.at(
            "toParticipantId", "cannot move credits from a person to the same person");
      }
    }
    Hours.notNegative("hours", hours());
    description().ifPresent(d -> Checks.notBlank("description", d));
  }
}
