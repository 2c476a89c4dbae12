package org.coproduction.scoring.internal.stats;

import static org.coproduction.scoring.internal.stats.KrippendorffAlpha.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduction.scoring.internal.stats.AlphaResult.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples of Krippendorff's alpha, and the cases where alpha does not exist.
 *
 * <p>The examples come from Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability",
 * Annenberg School for Communication, University of Pennsylvania
 * (repository.upenn.edu/asc_papers/43). Besides the published three-decimal values, each test
 * checks the exact fractions worked out by hand in its comment, so a wrong formula cannot pass by
 * rounding luck.
 */
class KrippendorffAlphaTest {
  private static final double THREE_DECIMALS = 0.0005;
  private static final double EXACT = 1e-12;

  private static final double M = MISSING;

  /**
   * Krippendorff (2011), example C (nominal data, any number of observers, missing data), whose
   * data the paper also uses for its ordinal and interval values: 4 observers A to D (columns) and
   * 12 units (rows), values 1 to 5. Unit 12 has one value and is not pairable.
   */
  private static final double[][] FOUR_OBSERVERS_TWELVE_UNITS = {
    {1, 1, M, 1},
    {2, 2, 3, 2},
    {3, 3, 3, 3},
    {3, 3, 3, 3},
    {2, 2, 2, 2},
    {1, 2, 3, 4},
    {4, 4, 4, 4},
    {1, 1, 2, 1},
    {2, 2, 2, 2},
    {M, 5, 5, 5},
    {M, M, 1, 1},
    {M, 3, M, M},
  };

  /*
   * Coincidence matrix of FOUR_OBSERVERS_TWELVE_UNITS, by hand. Each unit with m values adds
   * 1/(m-1) per ordered pair of its values from different observers:
   *   unit 1 (1,1,1), m=3: o11 += 6/2 = 3
   *   unit 2 (2,2,3,2), m=4: o22 += 6/3 = 2; o23 = o32 += 3/3 = 1
   *   units 3, 4 (3,3,3,3): o33 += 4 each; unit 5 (2,2,2,2): o22 += 4
   *   unit 6 (1,2,3,4): every off-diagonal pair += 1/3
   *   unit 7 (4,4,4,4): o44 += 4; unit 8 (1,1,2,1): o11 += 2, o12 = o21 += 1
   *   unit 9 (2,2,2,2): o22 += 4; unit 10 (5,5,5), m=3: o55 += 3; unit 11 (1,1): o11 += 2
   *
   *        1     2     3     4    5  | n_c
   *   1    7    4/3   1/3   1/3   0  |  9
   *   2   4/3   10    4/3   1/3   0  | 13
   *   3   1/3   4/3    8    1/3   0  | 10
   *   4   1/3   1/3   1/3    4    0  |  5
   *   5    0     0     0     0    3  |  3      n = 40
   *
   * alpha = 1 - (n - 1) * sum_{c,k} o_ck d_ck / sum_{c,k} n_c n_k d_ck, summing over all ordered
   * pairs (c, k).
   */

  @Test
  void krippendorff2011NominalDataFourObserversMissingData() {
    // sum o_ck (c != k) = 2 * (4/3 + 1/3 + 1/3 + 4/3 + 1/3 + 1/3) = 8
    // sum n_c n_k (c != k) = n^2 - sum n_c^2 = 1600 - (81 + 169 + 100 + 25 + 9) = 1216
    // alpha = 1 - 39 * 8 / 1216 = 113/152 = 0.7434; the paper gives .743
    AlphaResult result =
        KrippendorffAlpha.compute(FOUR_OBSERVERS_TWELVE_UNITS, MeasurementLevel.NOMINAL);
    assertEquals(Outcome.COMPUTED, result.outcome());
    assertEquals(0.743, result.alpha(), THREE_DECIMALS);
    assertEquals(113.0 / 152, result.alpha(), EXACT);
    assertEquals(40, result.pairableValues());
    assertEquals(11, result.unitsUsed());
    assertEquals(8.0 / 40, result.observedDisagreement(), EXACT);
    assertEquals(1216.0 / (40 * 39), result.expectedDisagreement(), EXACT);
    assertEquals(113.0 / 152, result.value().getAsDouble(), EXACT);
  }

  @Test
  void krippendorff2011OrdinalDataFourObserversMissingData() {
    // Ordinal differences from the marginals n = (9, 13, 10, 5, 3):
    //   d(c,k) = (n_c + ... + n_k - (n_c + n_k)/2)^2
    //   d12 = 11^2 = 121, d13 = 22.5^2 = 506.25, d14 = 30^2 = 900, d15 = 34^2 = 1156,
    //   d23 = 11.5^2 = 132.25, d24 = 19^2 = 361, d25 = 23^2 = 529,
    //   d34 = 7.5^2 = 56.25, d35 = 11.5^2 = 132.25, d45 = 4^2 = 16
    // Observed, over c < k (o_ck from the matrix above):
    //   4/3*121 + 1/3*506.25 + 1/3*900 + 4/3*132.25 + 1/3*361 + 1/3*56.25 = 945.5
    // Expected, over c < k: 9*13*121 + 9*10*506.25 + 9*5*900 + 9*3*1156 + 13*10*132.25 + 13*5*361
    //   + 13*3*529 + 10*5*56.25 + 10*3*132.25 + 5*3*16 = 199740
    // alpha = 1 - 39 * 945.5 / 199740 = 0.81539; the paper gives .815
    AlphaResult result =
        KrippendorffAlpha.compute(FOUR_OBSERVERS_TWELVE_UNITS, MeasurementLevel.ORDINAL);
    assertEquals(0.815, result.alpha(), THREE_DECIMALS);
    assertEquals(1 - 39 * 945.5 / 199740, result.alpha(), EXACT);
    assertEquals(2 * 945.5 / 40, result.observedDisagreement(), EXACT);
    assertEquals(2 * 199740.0 / (40 * 39), result.expectedDisagreement(), EXACT);
  }

  @Test
  void krippendorff2011IntervalDataFourObserversMissingData() {
    // d(c,k) = (c - k)^2.
    // Observed, over c < k: 4/3*1 + 1/3*4 + 1/3*9 + 4/3*1 + 1/3*4 + 1/3*1 = 26/3
    // Expected, over c < k: 9*13*1 + 9*10*4 + 9*5*9 + 9*3*16 + 13*10*1 + 13*5*4 + 13*3*9 + 10*5*1
    //   + 10*3*4 + 5*3*1 = 2240
    // alpha = 1 - 39 * (26/3) / 2240 = 951/1120 = 0.84911; the paper gives .849
    AlphaResult result =
        KrippendorffAlpha.compute(FOUR_OBSERVERS_TWELVE_UNITS, MeasurementLevel.INTERVAL);
    assertEquals(0.849, result.alpha(), THREE_DECIMALS);
    assertEquals(951.0 / 1120, result.alpha(), EXACT);
  }

  @Test
  void krippendorff2011BinaryDataTwoObserversNoMissingData() {
    // Example A: observer A 0 1 0 0 0 0 0 0 1 0, observer B 1 1 1 0 0 1 0 0 0 0 (10 units).
    // Each unit has m = 2, so each ordered pair adds 1.
    // Units 4, 5, 7, 8 and 10 agree on 0: o00 = 10; unit 2 agrees on 1: o11 = 2;
    // units 1, 3, 6 and 9 disagree: o01 = o10 = 4.
    // n0 = 10 + 4 = 14, n1 = 2 + 4 = 6, n = 20.
    // alpha = 1 - (n - 1) * o01 / (n0 * n1) = 1 - 19 * 4 / 84 = 2/21 = 0.0952; the paper gives .095
    double[][] units = {
      {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0},
    };
    AlphaResult result = KrippendorffAlpha.compute(units, MeasurementLevel.NOMINAL);
    assertEquals(0.095, result.alpha(), THREE_DECIMALS);
    assertEquals(2.0 / 21, result.alpha(), EXACT);
    assertEquals(20, result.pairableValues());
    assertEquals(10, result.unitsUsed());
  }

  @Test
  void identicalPairableValuesHaveNoAlphaNotOneOrZero() {
    double[][] units = {{1, 1, M}, {1, 1, 1}, {M, 4, M}};
    for (MeasurementLevel level : MeasurementLevel.values()) {
      AlphaResult result = KrippendorffAlpha.compute(units, level);
      assertEquals(
          new AlphaResult(level, Outcome.NO_VARIATION, Double.NaN, 5, 2, 0, 0),
          result,
          level.name());
      assertTrue(result.value().isEmpty());
    }
  }

  @Test
  void unitsWithFewerThanTwoValuesGiveNoPairableValues() {
    double[][] units = {{1, M}, {M, 2}, {M, M}, {}};
    AlphaResult result = KrippendorffAlpha.compute(units, MeasurementLevel.INTERVAL);
    assertEquals(
        new AlphaResult(
            MeasurementLevel.INTERVAL,
            Outcome.NO_PAIRABLE_VALUES,
            Double.NaN,
            0,
            0,
            Double.NaN,
            Double.NaN),
        result);
    assertTrue(result.value().isEmpty());
    assertEquals(
        Outcome.NO_PAIRABLE_VALUES,
        KrippendorffAlpha.compute(new double[0][], MeasurementLevel.NOMINAL).outcome());
  }

  @Test
  void perfectAgreementWithVariationIsExactlyOne() {
    double[][] units = {{1, 1, 1}, {2, M, 2}, {5, 5, M}};
    for (MeasurementLevel level : MeasurementLevel.values()) {
      AlphaResult result = KrippendorffAlpha.compute(units, level);
      assertEquals(1.0, result.alpha(), level.name());
      assertEquals(0.0, result.observedDisagreement(), level.name());
    }
  }

  @Test
  void systematicDisagreementIsBelowZero() {
    // Two raters always choose opposite answers: o01 = o10 = 4, n0 = n1 = 4, n = 8.
    // alpha = 1 - 7 * 4 / 16 = -0.75
    double[][] units = {{0, 1}, {1, 0}, {0, 1}, {1, 0}};
    assertEquals(-0.75, KrippendorffAlpha.compute(units, MeasurementLevel.NOMINAL).alpha(), EXACT);
  }

  @Test
  void ordinalDiffersFromIntervalWhenStepsAreUneven() {
    // Values 1, 2 and 10: interval counts the gap to 10 as large; ordinal only counts ranks.
    double[][] units = {{1, 2}, {2, 10}, {10, 10}, {1, 1}};
    double ordinal = KrippendorffAlpha.compute(units, MeasurementLevel.ORDINAL).alpha();
    double interval = KrippendorffAlpha.compute(units, MeasurementLevel.INTERVAL).alpha();
    double[][] evenSteps = {{1, 2}, {2, 3}, {3, 3}, {1, 1}};
    assertEquals(ordinal, KrippendorffAlpha.compute(evenSteps, MeasurementLevel.ORDINAL).alpha());
    assertTrue(interval < ordinal, interval + " < " + ordinal);
  }

  @Test
  void negativeZeroAndZeroAreOneValue() {
    double[][] units = {{0.0, -0.0}, {1, 1}};
    assertEquals(1.0, KrippendorffAlpha.compute(units, MeasurementLevel.NOMINAL).alpha());
  }

  @Test
  void anInfiniteValueIsRejectedWithItsPlace() {
    double[][] units = {{1, 2}, {M, Double.POSITIVE_INFINITY}};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KrippendorffAlpha.compute(units, MeasurementLevel.INTERVAL));
    assertEquals(
        "unit 1, rater 1: must be a finite number or missing (NaN), was Infinity", e.getMessage());
  }

  @Test
  void aNullUnitIsRejectedWithItsPlace() {
    double[][] units = {{1, 2}, null};
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> KrippendorffAlpha.compute(units, MeasurementLevel.NOMINAL));
    assertEquals("unit 1 is null", e.getMessage());
  }

  @Test
  void theInputIsNotModified() {
    double[][] units = {{3, 1, M}, {2, 2, 1}};
    KrippendorffAlpha.compute(units, MeasurementLevel.ORDINAL);
    assertEquals(3.0, units[0][0]);
    assertEquals(1.0, units[0][1]);
    assertTrue(Double.isNaN(units[0][2]));
  }

  @Test
  void aResultCannotClaimAnAlphaItDoesNotHave() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AlphaResult(MeasurementLevel.NOMINAL, Outcome.NO_VARIATION, 1.0, 4, 2, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AlphaResult(MeasurementLevel.NOMINAL, Outcome.COMPUTED, Double.NaN, 4, 2, 0, 1));
  }
}
