package org.coproduction.core.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.CoProductionException;

/** Checks, sums and wording for hours of time and of time credit. */
final class Hours {
  private static final Duration MOST_NEGATIVE = Duration.ofSeconds(Long.MIN_VALUE);

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

  /** Hours as people say them: {@code 3 hours}, {@code 1 hour 30 minutes}, {@code -2 hours}. */
  static String words(Duration hours) {
    if (hours.isNegative()) {
      // The most negative Duration has no positive counterpart: negating it overflows.
      return hours.equals(MOST_NEGATIVE) ? hours.toString() : "-" + words(hours.negated());
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
