package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Currency;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An amount of money paid or claimed, such as a fee, an expenses payment or an expense claim.
 *
 * <p>The amount is a whole number of the currency's minor unit (pence for GBP, cents for EUR, yen
 * for JPY), so sums are exact and never drift the way decimal fractions do. Amounts are never
 * negative: the ledger records money going to people, and a refund would be a separate entry.
 * Amounts in different currencies are never added together, because no exchange rate is part of the
 * model.
 *
 * <p>Written in JSON as {@code {"currency": "GBP", "minorUnits": 1250}} for 12.50 GBP.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoney.class)
@JsonDeserialize(as = ImmutableMoney.class)
@API(status = STABLE, since = "0.1")
public abstract class Money {
  Money() {}

  /**
   * The amount in the currency's minor unit: 1250 is 12.50 GBP, 1250 is also 1250 JPY (the yen has
   * no smaller unit).
   *
   * @return the amount, 0 or more
   */
  @Value.Parameter
  @JsonProperty("minorUnits")
  public abstract long minorUnits();

  /**
   * The ISO 4217 code of the currency.
   *
   * @return a code such as {@code GBP} or {@code EUR}
   */
  @Value.Parameter
  @JsonProperty("currency")
  public abstract String currency();

  /**
   * An amount of money.
   *
   * @param minorUnits the amount in the currency's minor unit, for example 1250 for 12.50 GBP
   * @param currency the ISO 4217 code of the currency, for example {@code GBP}
   * @return the amount
   * @throws CoProductionException when the amount is negative or the code names no currency
   */
  public static Money of(long minorUnits, String currency) {
    return ImmutableMoney.of(minorUnits, currency);
  }

  /**
   * No money in a currency: the starting point of a sum, and what someone who was paid nothing
   * received.
   *
   * @param currency the ISO 4217 code of the currency
   * @return zero in that currency
   * @throws CoProductionException when the code names no currency
   */
  public static Money zero(String currency) {
    return of(0, currency);
  }

  /**
   * Adds up amounts that are all in one currency.
   *
   * @param currency the currency of the sum, used when there are no amounts
   * @param amounts the amounts to add
   * @return the sum
   * @throws CoProductionException when an amount is in another currency or the sum is too large
   */
  public static Money sum(String currency, Iterable<Money> amounts) {
    Money total = zero(currency);
    for (Money amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * This amount and another one together.
   *
   * @param other an amount in the same currency
   * @return the sum
   * @throws CoProductionException when the currencies differ (for example {@code cannot add GBP and
   *     EUR in one sum}) or the sum is too large to hold
   */
  public Money plus(Money other) {
    sameCurrency(other, "cannot add " + currency() + " and " + other.currency() + " in one sum");
    try {
      return of(Math.addExact(minorUnits(), other.minorUnits()), currency());
    } catch (ArithmeticException e) {
      throw CoProductionException.of("the sum is too large to hold");
    }
  }

  /**
   * What is left of this amount when another is taken away, such as the part of an expense claim
   * that was not reimbursed.
   *
   * @param other an amount in the same currency, no more than this one
   * @return the difference, 0 or more
   * @throws CoProductionException when the currencies differ or {@code other} is larger, since
   *     money amounts are never negative
   */
  public Money minus(Money other) {
    sameCurrency(other, "cannot take " + other.currency() + " from " + currency());
    if (other.minorUnits() > minorUnits()) {
      throw CoProductionException.of(
          "cannot take " + other + " from " + this + ": amounts of money are never negative");
    }
    return of(minorUnits() - other.minorUnits(), currency());
  }

  /**
   * Whether this amount is larger than another.
   *
   * @param other an amount in the same currency
   * @return true when this amount is strictly larger
   * @throws CoProductionException when the currencies differ
   */
  public boolean exceeds(Money other) {
    sameCurrency(other, "cannot compare " + currency() + " with " + other.currency());
    return minorUnits() > other.minorUnits();
  }

  /**
   * The amount in the currency's main unit, for reports and for arithmetic such as averages.
   *
   * @return for example 12.50 for 1250 minor units of GBP
   */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(
        minorUnits(), Currency.getInstance(currency()).getDefaultFractionDigits());
  }

  private void sameCurrency(Money other, String problem) {
    if (!currency().equals(other.currency())) {
      throw CoProductionException.of(problem);
    }
  }

  /**
   * Fails unless {@code code} is the ISO 4217 code of a currency that has a minor unit; codes such
   * as XXX (no currency) and XAU (gold) name no money that can be paid to a person. The rejected
   * text is not repeated, in case it is something other than a code.
   */
  static void checkCurrency(String path, String code) {
    boolean ok;
    try {
      ok = Currency.getInstance(code).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException e) {
      ok = false;
    }
    if (!ok) {
      throw CoProductionException.at(
          path, "must be the ISO 4217 code of a currency, such as GBP or EUR");
    }
  }

  @Value.Check
  void check() {
    checkCurrency("currency", currency());
    Checks.notNegative("minorUnits", minorUnits());
  }

  /**
   * The amount as people write it.
   *
   * @return for example {@code 12.50 GBP}
   */
  @Override
  public String toString() {
    return toDecimal().toPlainString() + " " + currency();
  }
}
