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
 * One person's side of the reciprocity ledger: what they put in and what they got back, summed over
 * every entry that names them. Balances come from {@link ReciprocityLedger#balances()}; they are
 * figures about a ledger, not something callers build.
 *
 * <p>The figures answer the questions the sources raise about reward: did the person get anything
 * back for their hours ("Co-production in social care: What it is and how to do it", SCIE, October
 * 2013, updated October 2015, section "Reciprocity")? Were some people paid while others in the
 * same room were not (the Care Leavers example, "Co-production in social care: What it is and how
 * to do it", SCIE, October 2013, updated October 2015, section "Structures for valuing and
 * rewarding people")? Is anyone still out of pocket ("The Co-production Police and accountability",
 * Kevin Minier, SCIE Co-production Festival blog, 16 June 2016)? Every amount is in the ledger's
 * currency, and every figure is 0 when nothing was recorded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBalance.class)
@JsonDeserialize(as = ImmutableBalance.class)
@API(status = STABLE, since = "0.1")
public abstract class Balance {
  Balance() {}

  /**
   * The pseudonymous id of the person.
   *
   * @return the participant id
   */
  @JsonProperty("participantId")
  public abstract String participantId();

  /**
   * All the time the person gave, of every kind.
   *
   * @return the total hours
   */
  @JsonProperty("hoursGiven")
  public abstract Duration hoursGiven();

  /**
   * The time the person gave, split by what it went on.
   *
   * @return hours for each kind the person gave time to, in the order of {@link ContributionKind};
   *     kinds with no entries are left out
   */
  @JsonProperty("hoursByKind")
  public abstract Map<ContributionKind, Duration> hoursByKind();

  /**
   * All fees paid to the person ({@link ReturnKind#FEE} returns).
   *
   * @return the total, zero when none were paid
   */
  @JsonProperty("feesReceived")
  public abstract Money feesReceived();

  /**
   * Expenses paid to or for the person without a claim ({@link ReturnKind#EXPENSES} returns).
   *
   * @return the total, zero when none were paid
   */
  @JsonProperty("expensesPaid")
  public abstract Money expensesPaid();

  /**
   * How many returns of each kind the person got.
   *
   * @return counts for each kind the person got, in the order of {@link ReturnKind}; kinds with no
   *     entries are left out
   */
  @JsonProperty("returnsByKind")
  public abstract Map<ReturnKind, Integer> returnsByKind();

  /**
   * Time credits the person earned ({@link ReturnKind#TIME_CREDITS} returns).
   *
   * @return the credit hours earned
   */
  @JsonProperty("creditsEarned")
  public abstract Duration creditsEarned();

  /**
   * Time credits other people in the ledger gave this person.
   *
   * @return the credit hours received
   */
  @JsonProperty("creditsReceived")
  public abstract Duration creditsReceived();

  /**
   * Time credits this person gave to other people in the ledger.
   *
   * @return the credit hours given away
   */
  @JsonProperty("creditsGiven")
  public abstract Duration creditsGiven();

  /**
   * Time credits this person spent with the time bank.
   *
   * @return the credit hours spent
   */
  @JsonProperty("creditsSpent")
  public abstract Duration creditsSpent();

  /**
   * Everything the person claimed for costs they paid themselves.
   *
   * @return the total claimed, zero when there were no claims
   */
  @JsonProperty("expensesClaimed")
  public abstract Money expensesClaimed();

  /**
   * Everything paid back on those claims.
   *
   * @return the total reimbursed, never more than {@link #expensesClaimed()}
   */
  @JsonProperty("expensesReimbursed")
  public abstract Money expensesReimbursed();

  /**
   * The time credits the person still holds: earned plus received, minus given and spent.
   *
   * @return the credit hours left, 0 or more
   */
  public Duration creditBalance() {
    return Hours.minus(
        Hours.minus(Hours.plus(creditsEarned(), creditsReceived()), creditsGiven()),
        creditsSpent());
  }

  /**
   * What the person is still out of pocket: claimed minus reimbursed.
   *
   * @return the amount not yet paid back, 0 or more
   */
  public Money expensesUnreimbursed() {
    return expensesClaimed().minus(expensesReimbursed());
  }

  /**
   * All money paid to the person: fees, expenses paid without a claim, and claims reimbursed.
   *
   * @return the total
   */
  public Money moneyReceived() {
    return feesReceived().plus(expensesPaid()).plus(expensesReimbursed());
  }

  /**
   * How many returns of any kind the person got.
   *
   * @return the number of entries in the ledger's returns that name the person
   */
  public int returnsReceived() {
    return returnsByKind().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether the person gave time and got no return of any kind for it: no fee, expenses payment,
   * time credits, training, recognition or benefit in kind. Reimbursed claims do not count as a
   * return, since they only make good what the person paid out.
   *
   * @return true when hours were given and no return was recorded
   */
  public boolean contributedWithoutReturn() {
    return !hoursGiven().isZero() && returnsReceived() == 0;
  }

  @Value.Check
  void check() {
    Checks.id("participantId", participantId());
    Hours.notNegative("hoursGiven", hoursGiven());
    hoursByKind().forEach((kind, hours) -> Hours.notNegative("hoursByKind." + kind, hours));
    returnsByKind().forEach((kind, n) -> Checks.notNegative("returnsByKind." + kind, n));
    Hours.notNegative("creditsEarned", creditsEarned());
    Hours.notNegative("creditsReceived", creditsReceived());
    Hours.notNegative("creditsGiven", creditsGiven());
    Hours.notNegative("creditsSpent", creditsSpent());
    if (creditBalance().isNegative()) {
      throw CoProductionException.at(
          "creditsSpent", "more credit given and spent than earned and received");
    }
    expensesUnreimbursed();
    moneyReceived();
  }
}
