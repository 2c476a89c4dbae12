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

  /**
   * The mean value of some answers on any scale, to one decimal, rounded half up: the same number
   * as {@link #itemScore} gives for yes, partly and no worth 100, 50 and 0.
   *
   * @param counts raters per answer
   * @param thousandths each answer's value in thousandths of a point (values have at most three
   *     decimals)
   */
  static double scaleScore(int[] counts, long[] thousandths) {
    long n = 0;
    long top = 0;
    for (int i = 0; i < counts.length; i++) {
      n += counts[i];
      top += counts[i] * thousandths[i];
    }
    if (n <= 0) {
      throw new IllegalArgumentException("no scored answers");
    }
    long bottom = 100 * n;
    long tenths = top / bottom;
    if (2 * (top % bottom) >= bottom) {
      tenths++;
    }
    return tenths / 10.0;
  }

  /** A number exactly as written (its shortest decimal form), for exact sums and means. */
  static Exact exact(double value) {
    return new Exact(BigDecimal.valueOf(value));
  }

  /**
   * A number as written, also held in whole thousandths when it has at most three decimals and is
   * not negative, so means of such numbers (weights and scores, the usual case) need no BigDecimal.
   */
  static final class Exact {
    final BigDecimal value;

    /** The number × 1000, or -1 when that is not a whole number of at most 18 digits. */
    final long thousandths;

    Exact(BigDecimal value) {
      this.value = value;
      long t = -1;
      if (value.signum() >= 0 && value.scale() <= 3 && value.precision() - value.scale() <= 15) {
        t = value.setScale(3).unscaledValue().longValueExact();
      }
      this.thousandths = t;
    }
  }

  /**
   * Σ weight × value / Σ weight, with the weights and values as written, to one decimal, rounded
   * half up: the same as summing {@link Exact#value}s with BigDecimal and dividing with {@code
   * HALF_UP} to one decimal. Sums stay in whole millionths (and thousandths) while every number has
   * at most three decimals and the sums fit in a long; otherwise they go on in BigDecimal.
   */
  static final class Mean {
    private long top;
    private long bottom;
    private BigDecimal bigTop;
    private BigDecimal bigBottom;

    void add(Exact weight, Exact value) {
      if (bigTop == null && weight.thousandths >= 0 && value.thousandths >= 0) {
        try {
          long product = Math.multiplyExact(weight.thousandths, value.thousandths);
          long newTop = Math.addExact(top, product);
          bottom = Math.addExact(bottom, weight.thousandths);
          top = newTop;
          return;
        } catch (ArithmeticException tooLarge) {
          // Left as they were; the sums go on in BigDecimal below.
        }
      }
      if (bigTop == null) {
        bigTop = BigDecimal.valueOf(top, 6);
        bigBottom = BigDecimal.valueOf(bottom, 3);
      }
      bigTop = bigTop.add(weight.value.multiply(value.value));
      bigBottom = bigBottom.add(weight.value);
    }

    double value() {
      if (bigTop == null && bottom > 0 && bottom <= Long.MAX_VALUE / 100) {
        // (top / 10^6) / (bottom / 10^3) in tenths is top / (bottom × 100), rounded half up.
        long divisor = bottom * 100;
        long tenths = top / divisor;
        long rest = top % divisor;
        if (rest >= divisor - rest) {
          tenths++;
        }
        if (tenths < 1L << 52) {
          // What BigDecimal.doubleValue gives for tenths at scale 1: the double nearest to it.
          return tenths / 10.0;
        }
        return BigDecimal.valueOf(tenths, 1).doubleValue();
      }
      BigDecimal t = bigTop == null ? BigDecimal.valueOf(top, 6) : bigTop;
      BigDecimal b = bigBottom == null ? BigDecimal.valueOf(bottom, 3) : bigBottom;
      return t.divide(b, 1, RoundingMode.HALF_UP).doubleValue();
    }
  }

  /** a − b for numbers with at most one decimal, exactly. */
  static double difference(double a, double b) {
    return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
  }

  static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
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
