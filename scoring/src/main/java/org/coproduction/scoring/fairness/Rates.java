package org.coproduction.scoring.fairness;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.ledger.Money;

/**
 * Exact money-per-hour arithmetic. Rates are compared as fractions (minor units over nanoseconds),
 * never as rounded numbers, so two people paid the same are never told apart by rounding; only the
 * amounts shown are rounded, to the nearest minor unit, half to even.
 */
final class Rates {
  private Rates() {}

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger NANOS_PER_HOUR = BigInteger.valueOf(3_600_000_000_000L);

  static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds())
        .multiply(NANOS_PER_SECOND)
        .add(BigInteger.valueOf(d.getNano()));
  }

  /** An amount for each hour, rounded to the minor unit; empty when no time was given. */
  static Optional<Money> perHour(Money amount, Duration hours) {
    if (hours.isZero()) {
      return Optional.empty();
    }
    BigDecimal rate =
        new BigDecimal(BigInteger.valueOf(amount.minorUnits()).multiply(NANOS_PER_HOUR))
            .divide(new BigDecimal(nanos(hours)), 0, RoundingMode.HALF_EVEN);
    try {
      return Optional.of(Money.of(rate.longValueExact(), amount.currency()));
    } catch (ArithmeticException e) {
      throw CoProductionException.of("the amount per hour is too large to hold");
    }
  }

  /** An amount for each hour as a number of minor units, for the Gini coefficient. */
  static double perHourValue(Money amount, Duration hours) {
    return new BigDecimal(BigInteger.valueOf(amount.minorUnits()).multiply(NANOS_PER_HOUR))
        .divide(new BigDecimal(nanos(hours)), MathContext.DECIMAL64)
        .doubleValue();
  }

  /**
   * Compares a / ha with b / hb exactly; both hours must be more than zero.
   *
   * @return negative, zero or positive as the first rate is lower, equal or higher
   */
  static int compare(Money a, Duration ha, Money b, Duration hb) {
    BigInteger left = BigInteger.valueOf(a.minorUnits()).multiply(nanos(hb));
    BigInteger right = BigInteger.valueOf(b.minorUnits()).multiply(nanos(ha));
    return left.compareTo(right);
  }

  /** What some hours of time credit are worth at a price per hour, rounded to the minor unit. */
  static Money valueOf(Duration credits, Money perHour) {
    BigDecimal value =
        new BigDecimal(BigInteger.valueOf(perHour.minorUnits()).multiply(nanos(credits)))
            .divide(new BigDecimal(NANOS_PER_HOUR), 0, RoundingMode.HALF_EVEN);
    try {
      return Money.of(value.longValueExact(), perHour.currency());
    } catch (ArithmeticException e) {
      throw CoProductionException.of("the value of the time credits is too large to hold");
    }
  }

  static void notNegative(String path, Duration hours) {
    if (hours.isNegative()) {
      throw CoProductionException.at(path, "must be 0 hours or more, was " + words(hours));
    }
  }

  /** Hours as people say them: {@code 6 hours}, {@code 1 hour 30 minutes}. */
  static String words(Duration hours) {
    if (hours.isNegative()) {
      return "-" + words(hours.negated());
    }
    if (hours.getNano() != 0) {
      return hours.toString();
    }
    List<String> parts = new ArrayList<>();
    part(parts, hours.toHours(), "hour");
    part(parts, hours.toMinutesPart(), "minute");
    part(parts, hours.toSecondsPart(), "second");
    return parts.isEmpty() ? "0 hours" : String.join(" ", parts);
  }

  private static void part(List<String> parts, long n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (n == 1 ? "" : "s"));
    }
  }
}
