package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What one person put in and got back, from the reciprocity ledger. The row names the person only
 * by their pseudonymous id and leaves out their interest group, so that the group figures a report
 * hides cannot be rebuilt by adding up rows. The rows are the ledger's own figures: share them as
 * you would share the ledger.
 *
 * <p>Value returned is the fees the person received, plus their time credits when the settings give
 * a credit hour a money value. Expenses and reimbursed claims are not counted as value: they only
 * make good what the person spent. Per-hour amounts are rounded to the nearest minor unit (half to
 * even).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonReciprocity.class)
@JsonDeserialize(as = ImmutablePersonReciprocity.class)
@API(status = STABLE, since = "0.1")
public abstract class PersonReciprocity {
  PersonReciprocity() {}

  /**
   * The person.
   *
   * @return the participant's pseudonymous id
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * All the time the person gave.
   *
   * @return the hours, 0 or more
   */
  @JsonProperty("hoursGiven")
  public abstract Duration hoursGiven();

  /**
   * The fees the person received.
   *
   * @return the total, zero when none
   */
  @JsonProperty("feesReceived")
  public abstract Money feesReceived();

  /**
   * The time credits the person earned.
   *
   * @return the credit hours, 0 or more
   */
  @JsonProperty("creditsEarned")
  public abstract Duration creditsEarned();

  /**
   * The value the person got back in money: fees, plus time credits when they are valued.
   *
   * @return the value, zero when none
   */
  @JsonProperty("valueReturned")
  public abstract Money valueReturned();

  /**
   * The value returned for each hour given.
   *
   * @return the amount per hour, or empty when the person gave no time
   */
  @JsonProperty("valueReturnedPerHour")
  public abstract Optional<Money> valueReturnedPerHour();

  /**
   * The fee received for each hour given: what the pay comparison uses.
   *
   * @return the amount per hour, or empty when the person gave no time
   */
  @JsonProperty("feePerHour")
  public abstract Optional<Money> feePerHour();

  /**
   * Whether the person is taken to be paid by their salary, which the ledger does not hold: a
   * provider-side person with no fee, when {@link FairnessSettings#staffTimeIsPaid()} is on. Their
   * value returned reads zero because the salary is not in the ledger, not because they got
   * nothing; they are left out of the people without return and of the Gini coefficient.
   *
   * @return true when paid by salary
   */
  @JsonProperty("paidBySalary")
  public abstract boolean paidBySalary();

  /**
   * How many returns of any kind the person got: fees, expenses payments, time credits, training,
   * recognition and benefits in kind.
   *
   * @return the number of returns
   */
  @JsonProperty("returnsReceived")
  public abstract int returnsReceived();

  /**
   * What the person is still out of pocket: expenses claimed and not yet paid back.
   *
   * @return the amount, zero when nothing is owed
   */
  @JsonProperty("expensesUnreimbursed")
  public abstract Money expensesUnreimbursed();

  /**
   * Starts a new row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonReciprocity}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePersonReciprocity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("participantId", participantId());
    Rates.notNegative("hoursGiven", hoursGiven());
    Rates.notNegative("creditsEarned", creditsEarned());
    Checks.notNegative("returnsReceived", returnsReceived());
    boolean gaveTime = !hoursGiven().isZero();
    if (gaveTime != valueReturnedPerHour().isPresent() || gaveTime != feePerHour().isPresent()) {
      throw CoProductionException.at(
          gaveTime ? "feePerHour" : "valueReturnedPerHour",
          "per-hour amounts are given exactly when the person gave time");
    }
  }
}
