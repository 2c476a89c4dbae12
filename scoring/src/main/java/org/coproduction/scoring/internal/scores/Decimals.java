package org.coproduction.scoring.internal.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal arithmetic for scores, and numbers written the way people write them. */
final class Decimals {
  private Decimals() {}

  /** (100 × yes + 50 × partly) / (yes + partly + no), rounded half up to one decimal. */
  static double itemScore(long yes, long partly, long no) {
    long n = yes + partly + no;
    if (n <= 0) {
      throw new IllegalArgumentException("no scored answers");
    }
    // Tenths of a point, rounded half up, in whole numbers: the same rounding as BigDecimal's
    // HALF_UP division to one decimal, and tenths / 10.0 is the double nearest that decimal.
    long top = 10 * (200 * yes + 100 * partly);
    long bottom = 2 * n;
    long tenths = top / bottom;
    if (2 * (top % bottom) >= bottom) {
      tenths++;
    }
    return tenths / 10.0;
  }

  /** A number exactly as written (its shortest decimal form), for exact sums and means. */
  static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }

  /**
   * Σ weight × value / Σ weight, with the weights and values as written ({@link #exact}), to one
   * decimal, rounded half up.
   */
  static final class Mean {
    private BigDecimal top = BigDecimal.ZERO;
    private BigDecimal bottom = BigDecimal.ZERO;

    void add(BigDecimal weight, BigDecimal value) {
      top = top.add(weight.multiply(value));
      bottom = bottom.add(weight);
    }

    double value() {
      return top.divide(bottom, 1, RoundingMode.HALF_UP).doubleValue();
    }
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
    String written = Double.toString(value);
    if (!Double.isFinite(value) || written.indexOf('E') >= 0) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    // BigDecimal.valueOf(value) parses exactly this text; without an exponent, stripping its
    // trailing zeros and writing it plain only drops zeros at the end of the fraction.
    int end = written.length();
    while (written.charAt(end - 1) == '0') {
      end--;
    }
    if (written.charAt(end - 1) == '.') {
      end--;
    }
    String text = written.substring(0, end);
    return text.equals("-0") ? "0" : text;
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
