package org.coproduction.core.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.CoProductionException;

/** Checks, sums and wording for hours of time and of time credit. */
final class Hours {
  private static final BigDecimal SECONDS_AN_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal SECONDS_A_MINUTE = BigDecimal.valueOf(60);

  private Hours() {}

  /** Fails when a number of hours is below zero; hours are safe to show. */
  static void notNegative(String path, Duration hours) {
    if (hours.isNegative()) {
      throw CoProductionException.at(path, "must be 0 hours or more, was " + words(hours));
    }
  }

  /** Adds hours, failing in domain words rather than with an arithmetic error. */
  static Duration plus(Duration a, Duration b) {
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      throw CoProductionException.of("the hours add up to more than can be held");
    }
  }

  /** Takes hours away, failing in domain words rather than with an arithmetic error. */
  static Duration minus(Duration a, Duration b) {
    try {
      return a.minus(b);
    } catch (ArithmeticException e) {
      throw CoProductionException.of("the hours add up to more than can be held");
    }
  }

  /**
   * Hours as people say them: {@code 3 hours}, {@code 1 hour 30 minutes}, {@code -2 hours}, and a
   * fraction of a second as a decimal, {@code 99 hours 0.001 seconds}, never ISO text such as
   * {@code PT99H0.001S}.
   */
  static String words(Duration hours) {
    // In whole and fractional seconds, so that even the most negative Duration has a size.
    BigDecimal seconds =
        BigDecimal.valueOf(hours.getSeconds()).add(BigDecimal.valueOf(hours.getNano(), 9));
    String sign = seconds.signum() < 0 ? "-" : "";
    seconds = seconds.abs();
    BigDecimal[] wholeHours = seconds.divideAndRemainder(SECONDS_AN_HOUR);
    BigDecimal[] minutes = wholeHours[1].divideAndRemainder(SECONDS_A_MINUTE);
    List<String> parts = new ArrayList<>();
    part(parts, wholeHours[0], "hour");
    part(parts, minutes[0], "minute");
    part(parts, minutes[1], "second");
    return parts.isEmpty() ? "0 hours" : sign + String.join(" ", parts);
  }

  private static void part(List<String> parts, BigDecimal n, String unit) {
    if (n.signum() != 0) {
      String written = n.stripTrailingZeros().toPlainString();
      parts.add(written + " " + unit + (written.equals("1") ? "" : "s"));
    }
  }
}
