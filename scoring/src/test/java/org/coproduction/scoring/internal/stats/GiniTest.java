package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Known values and edge cases of the Gini coefficient of return per hour. */
class GiniTest {
  private static final double EXACT = 1e-12;

  @Test
  void oneToFiveHasPlainGiniFourFifteenths() {
    // Values 1, 2, 3, 4, 5: n = 5, mean 3, sum 15.
    // Sum over all ordered pairs of |x_i - x_j|: the 10 unordered pairs differ by
    // 1 (x4), 2 (x3), 3 (x2) and 4 (x1), so 4 + 6 + 6 + 4 = 20, and 40 over ordered pairs.
    // G = 40 / (2 * 5^2 * 3) = 40 / 150 = 4/15 = 0.2667.
    // Sample-corrected: 5/4 * 4/15 = 1/3.
    double[] values = {3, 1, 5, 2, 4};
    assertEquals(4.0 / 15, Gini.plain(values).getAsDouble(), EXACT);
    assertEquals(0.2667, Gini.plain(values).getAsDouble(), 0.00005);
    assertEquals(1.0 / 3, Gini.sampleCorrected(values).getAsDouble(), EXACT);
    assertEquals(Gini.plain(values), Gini.of(values, Gini.Form.PLAIN));
    assertEquals(Gini.sampleCorrected(values), Gini.of(values, Gini.Form.SAMPLE_CORRECTED));
  }

  @Test
  void equalReturnsHaveNoInequality() {
    double[] values = {12.5, 12.5, 12.5};
    assertEquals(OptionalDouble.of(0), Gini.plain(values));
    assertEquals(OptionalDouble.of(0), Gini.sampleCorrected(values));
  }

  @Test
  void onePersonHoldingEverything() {
    // Plain: (n - 1) / n = 3/4 for four people; corrected: exactly 1.
    double[] values = {0, 0, 40, 0};
    assertEquals(0.75, Gini.plain(values).getAsDouble(), EXACT);
    assertEquals(1.0, Gini.sampleCorrected(values).getAsDouble(), EXACT);
  }

  @Test
  void twoPeopleOneWithTwiceTheReturn() {
    // |10 - 20| counted twice = 20; G = 20 / (2 * 4 * 15) = 1/6; corrected 2 * 1/6 = 1/3.
    assertEquals(1.0 / 6, Gini.plain(new double[] {10, 20}).getAsDouble(), EXACT);
    assertEquals(1.0 / 3, Gini.sampleCorrected(new double[] {10, 20}).getAsDouble(), EXACT);
  }

  @Test
  void noPeopleOnePersonOrNothingReturnedHasNoGini() {
    for (Gini.Form form : Gini.Form.values()) {
      assertTrue(Gini.of(new double[0], form).isEmpty(), form.name());
      assertTrue(Gini.of(new double[] {7}, form).isEmpty(), form.name());
      assertTrue(Gini.of(new double[] {0, 0, 0}, form).isEmpty(), form.name());
      assertTrue(Gini.of(new double[] {0, -0.0}, form).isEmpty(), form.name());
    }
  }

  @Test
  void aNegativeValueIsRejectedWithItsPlace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gini.plain(new double[] {1, -2}));
    assertEquals("value 1: must be a finite number of 0 or more, was -2.0", e.getMessage());
  }

  @Test
  void notANumberAndInfinityAreRejected() {
    assertEquals(
        "value 0: must be a finite number of 0 or more, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Gini.plain(new double[] {Double.NaN, 1}))
            .getMessage());
    assertEquals(
        "value 2: must be a finite number of 0 or more, was Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> Gini.sampleCorrected(new double[] {1, 1, Double.POSITIVE_INFINITY}))
            .getMessage());
  }

  @Test
  void valuesTooLargeToAddUpAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gini.plain(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}));
    assertEquals("values are too large to add up", e.getMessage());
  }

  @Test
  void theInputIsNotModified() {
    double[] values = {5, 1, 3};
    Gini.plain(values);
    assertEquals(5.0, values[0]);
    assertEquals(1.0, values[1]);
  }
}
