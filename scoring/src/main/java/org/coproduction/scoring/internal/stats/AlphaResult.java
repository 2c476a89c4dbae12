package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Krippendorff's alpha for one reliability matrix, with the counts a reader needs to judge it.
 *
 * <p>Alpha is 1 when raters agree perfectly, 0 when they agree no better than chance, and below 0
 * when they disagree systematically. It exists only when the data show some variation: see {@link
 * Outcome}. When it does not exist, {@link #alpha()} is {@code NaN} and {@link #value()} is empty,
 * so a caller cannot mistake "not measurable" for perfect or for no agreement.
 *
 * @param level the measurement level the differences were computed for
 * @param outcome whether alpha could be computed and, if not, why
 * @param alpha the coefficient, {@code NaN} unless the outcome is {@link Outcome#COMPUTED}
 * @param pairableValues n: the number of values in units with at least two values; only these enter
 *     alpha
 * @param unitsUsed the number of units (items) with at least two values
 * @param observedDisagreement D_o, the mean difference between values in the same unit; {@code NaN}
 *     when there are no pairable values
 * @param expectedDisagreement D_e, the mean difference between any two pairable values, which is
 *     what chance alone would give; {@code NaN} when there are no pairable values
 */
@API(status = INTERNAL, since = "0.1")
public record AlphaResult(
    MeasurementLevel level,
    Outcome outcome,
    double alpha,
    int pairableValues,
    int unitsUsed,
    double observedDisagreement,
    double expectedDisagreement) {

  /** Whether alpha could be computed. */
  public enum Outcome {
    /** At least two different pairable values: alpha is a number. */
    COMPUTED,

    /**
     * Every pairable value is the same, so the disagreement expected by chance is 0 and alpha would
     * be 0/0. The data say nothing about how reliable the raters are: they agree, but nothing shows
     * they could have told different items apart. Alpha is reported as undefined rather than as 1.
     */
    NO_VARIATION,

    /** No unit has two or more values, so there is nothing to compare. */
    NO_PAIRABLE_VALUES
  }

  /**
   * Checks that the fields fit together, so no result can claim a number it does not have.
   *
   * @throws IllegalArgumentException if alpha is a number exactly when it should not be, or a count
   *     is impossible
   */
  public AlphaResult {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.COMPUTED) == Double.isNaN(alpha)) {
      throw new IllegalArgumentException("alpha must be a number exactly when it is computed");
    }
    if (pairableValues < 0 || unitsUsed < 0 || pairableValues < 2 * unitsUsed) {
      throw new IllegalArgumentException("each used unit needs at least two pairable values");
    }
  }

  /**
   * Alpha when it exists.
   *
   * @return alpha, or empty when there is no variation or nothing to pair
   */
  public OptionalDouble value() {
    return outcome == Outcome.COMPUTED ? OptionalDouble.of(alpha) : OptionalDouble.empty();
  }
}
