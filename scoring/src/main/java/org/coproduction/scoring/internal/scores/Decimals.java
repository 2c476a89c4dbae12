package org.coproduction.scoring.internal.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Exact decimal arithmetic for scores, and numbers written the way people write them. */
final class Decimals {
  private Decimals() {}

  /** (100 × yes + 50 × partly) / (yes + partly + no), rounded half up to one decimal. */
  static double itemScore(long yes, long partly, long no) {
    long n = yes + partly + no;
    if (n <= 0) {
      throw new IllegalArgumentException("no scored answers");
    }
    return BigDecimal.valueOf(200 * yes + 100 * partly)
        .divide(BigDecimal.valueOf(2 * n), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Σ weight × value / Σ weight, with the weights and values as written, to one decimal. */
  static double weightedMean(List<Double> weights, List<Double> values) {
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = BigDecimal.valueOf(weights.get(i));
      top = top.add(w.multiply(BigDecimal.valueOf(values.get(i))));
      bottom = bottom.add(w);
    }
    return top.divide(bottom, 1, RoundingMode.HALF_UP).doubleValue();
  }

  /** The sum of numbers as written, for the total weight in a reason. */
  static double sum(List<Double> values) {
    BigDecimal total = BigDecimal.ZERO;
    for (double v : values) {
      total = total.add(BigDecimal.valueOf(v));
    }
    return total.doubleValue();
  }

  /** a − b for numbers with at most one decimal, exactly. */
  static double difference(double a, double b) {
    return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue() + 0.0;
  }

  static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue() + 0.0;
  }

  /** a / b rounded half up. */
  static double ratio(long a, long b, int decimals) {
    return BigDecimal.valueOf(a)
        .divide(BigDecimal.valueOf(b), decimals, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** 70.0 as {@code 70}, 66.7 as {@code 66.7}, 0.3333 as {@code 0.3333}. */
  static String text(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A share as a whole percentage, for reasons only. */
  static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** {@code 1 rater}, {@code 2 raters}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
