package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.ledger.Money;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Everyone in the ledger added up. */
@Value.Immutable
@JsonSerialize(as = ImmutableFairnessTotals.class)
@JsonDeserialize(as = ImmutableFairnessTotals.class)
@API(status = STABLE, since = "0.1")
public abstract class FairnessTotals {
  FairnessTotals() {}

  /**
   * How many people the ledger lists.
   *
   * @return the count
   */
  @JsonProperty("people")
  public abstract int people();

  /**
   * All the time everyone gave.
   *
   * @return the hours
   */
  @JsonProperty("hoursGiven")
  public abstract Duration hoursGiven();

  /**
   * All fees paid.
   *
   * @return the total
   */
  @JsonProperty("feesReceived")
  public abstract Money feesReceived();

  /**
   * All value returned in money: fees, plus time credits when they are valued.
   *
   * @return the total
   */
  @JsonProperty("valueReturned")
  public abstract Money valueReturned();

  /**
   * All expenses claimed and not yet paid back.
   *
   * @return the total
   */
  @JsonProperty("expensesUnreimbursed")
  public abstract Money expensesUnreimbursed();

  /**
   * Starts new totals.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FairnessTotals}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFairnessTotals.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notNegative("people", people());
    Rates.notNegative("hoursGiven", hoursGiven());
  }
}
