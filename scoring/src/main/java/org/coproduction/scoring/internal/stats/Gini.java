package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The Gini coefficient: how unequally something (here, value returned per hour contributed) is
 * shared among people. 0 means everyone gets the same; values near 1 mean one person gets nearly
 * everything.
 *
 * <p>Two normalisations are offered, chosen with {@link Form}:
 *
 * <ul>
 *   <li>{@link Form#PLAIN}: the mean absolute difference form G = &Sigma;_i &Sigma;_j |x_i &minus;
 *       x_j| / (2 n&sup2; &mu;), where &mu; is the mean. Its maximum, when one person holds
 *       everything, is (n &minus; 1) / n, so it depends on group size.
 *   <li>{@link Form#SAMPLE_CORRECTED}: n / (n &minus; 1) &middot; G, which reaches exactly 1 when
 *       one person holds everything, whatever the group size. Better for the small groups of an
 *       initiative, where the plain form could never get near 1.
 * </ul>
 *
 * <p>Computed from the sorted values as G = &Sigma;_i (2i &minus; n &minus; 1) x_(i) / (n &Sigma;_i
 * x_i), which equals the double sum above and is the same whatever the input order (the values are
 * sorted first, so the floating-point result does not depend on the order either).
 *
 * <p>There is no inequality to measure, and the result is empty (never a silent 0), when there are
 * fewer than two people or when everyone's value is 0.
 */
@API(status = INTERNAL, since = "0.1")
public final class Gini {
  /** Which normalisation of the Gini coefficient to use. */
  public enum Form {
    /** G = &Sigma;&Sigma; |x_i &minus; x_j| / (2 n&sup2; &mu;); at most (n &minus; 1) / n. */
    PLAIN,
    /** n / (n &minus; 1) &middot; G; at most 1. */
    SAMPLE_CORRECTED
  }

  private Gini() {}

  /**
   * The Gini coefficient in the plain mean absolute difference form.
   *
   * @param values one non-negative value per person; not modified
   * @return G between 0 and (n &minus; 1) / n, or empty when fewer than two people or all values 0
   * @throws IllegalArgumentException if a value is negative, infinite or NaN
   */
  public static OptionalDouble plain(double[] values) {
    return of(values, Form.PLAIN);
  }

  /**
   * The Gini coefficient with the small-sample correction n / (n &minus; 1).
   *
   * @param values one non-negative value per person; not modified
   * @return the corrected coefficient between 0 and 1, or empty when fewer than two people or all
   *     values 0
   * @throws IllegalArgumentException if a value is negative, infinite or NaN
   */
  public static OptionalDouble sampleCorrected(double[] values) {
    return of(values, Form.SAMPLE_CORRECTED);
  }

  /**
   * The Gini coefficient in the given form.
   *
   * @param values one non-negative value per person; not modified
   * @param form which normalisation to use
   * @return the coefficient, or empty when fewer than two people or all values 0
   * @throws IllegalArgumentException if a value is negative, infinite or NaN, or the values are so
   *     large that their sum overflows
   */
  public static OptionalDouble of(double[] values, Form form) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(form, "form");
    double[] sorted = values.clone();
    for (int i = 0; i < sorted.length; i++) {
      double x = sorted[i];
      if (!(x >= 0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException(
            "value " + i + ": must be a finite number of 0 or more, was " + x);
      }
      sorted[i] = x + 0.0; // -0.0 passes the check above; make it 0.0
    }
    int n = sorted.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    Arrays.sort(sorted);
    // The weights 2i - n - 1 add up to 0, so measuring from the smallest value changes nothing but
    // keeps equal values at exactly 0 instead of a rounding error.
    double low = sorted[0];
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      total += sorted[i];
      weighted += (2.0 * (i + 1) - n - 1) * (sorted[i] - low);
    }
    if (Double.isInfinite(total) || Double.isInfinite(weighted)) {
      throw new IllegalArgumentException("values are too large to add up");
    }
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double g = weighted / (n * total);
    return OptionalDouble.of(form == Form.PLAIN ? g : g * n / (n - 1));
  }
}
