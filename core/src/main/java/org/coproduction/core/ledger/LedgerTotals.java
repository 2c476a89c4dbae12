package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The whole ledger summed up: what everyone put in and got back together. Totals come from {@link
 * ReciprocityLedger#totals()}; they equal the sums of the per-person {@link Balance}s and do not
 * depend on the order of the ledger's entries. Every amount is in the ledger's currency.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerTotals.class)
@JsonDeserialize(as = ImmutableLedgerTotals.class)
@API(status = STABLE, since = "0.1")
public abstract class LedgerTotals {
  LedgerTotals() {}

  /**
   * How many people the ledger lists.
   *
   * @return the number of participants
   */
  @JsonProperty("participants")
  public abstract int participants();

  /**
   * All the time everyone gave.
   *
   * @return the total hours
   */
  @JsonProperty("hoursGiven")
  public abstract Duration hoursGiven();

  /**
   * The time everyone gave, split by what it went on.
   *
   * @return hours for each kind with entries, in the order of {@link ContributionKind}
   */
  @JsonProperty("hoursByKind")
  public abstract Map<ContributionKind, Duration> hoursByKind();

  /**
   * All fees paid.
   *
   * @return the total
   */
  @JsonProperty("feesPaid")
  public abstract Money feesPaid();

  /**
   * All expenses paid without a claim.
   *
   * @return the total
   */
  @JsonProperty("expensesPaid")
  public abstract Money expensesPaid();

  /**
   * How many returns of each kind were given.
   *
   * @return counts for each kind with entries, in the order of {@link ReturnKind}
   */
  @JsonProperty("returnsByKind")
  public abstract Map<ReturnKind, Integer> returnsByKind();

  /**
   * All time credits earned.
   *
   * @return the credit hours earned
   */
  @JsonProperty("creditsEarned")
  public abstract Duration creditsEarned();

  /**
   * All time credits passed from one person to another; since transfers are zero-sum this is both
   * what was given and what was received.
   *
   * @return the credit hours moved between people
   */
  @JsonProperty("creditsGiven")
  public abstract Duration creditsGiven();

  /**
   * All time credits spent with the time bank.
   *
   * @return the credit hours spent
   */
  @JsonProperty("creditsSpent")
  public abstract Duration creditsSpent();

  /**
   * All costs claimed.
   *
   * @return the total claimed
   */
  @JsonProperty("expensesClaimed")
  public abstract Money expensesClaimed();

  /**
   * All costs paid back.
   *
   * @return the total reimbursed
   */
  @JsonProperty("expensesReimbursed")
  public abstract Money expensesReimbursed();

  /**
   * The time credits people still hold: earned minus spent with the time bank (transfers between
   * people cancel out).
   *
   * @return the credit hours held
   */
  public Duration creditsHeld() {
    return Hours.minus(creditsEarned(), creditsSpent());
  }

  /**
   * What people are still out of pocket, all together.
   *
   * @return claimed minus reimbursed
   */
  public Money expensesUnreimbursed() {
    return expensesClaimed().minus(expensesReimbursed());
  }

  /**
   * All money paid to people: fees, expenses paid without a claim, and claims reimbursed.
   *
   * @return the total
   */
  public Money moneyPaid() {
    return feesPaid().plus(expensesPaid()).plus(expensesReimbursed());
  }

  @Value.Check
  void check() {
    Checks.notNegative("participants", participants());
    Hours.notNegative("hoursGiven", hoursGiven());
    Hours.notNegative("creditsEarned", creditsEarned());
    Hours.notNegative("creditsGiven", creditsGiven());
    Hours.notNegative("creditsSpent", creditsSpent());
    if (creditsHeld().isNegative()) {
      throw CoProductionException.at("creditsSpent", "more credit spent than earned");
    }
    expensesUnreimbursed();
    moneyPaid();
  }
}
