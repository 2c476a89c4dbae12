package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Krippendorff's alpha: how far raters agree beyond what chance would give, for any number of
 * raters, with missing answers allowed.
 *
 * <p>Computed with the coincidence-matrix method of Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011) and "Content Analysis: An Introduction to Its Methodology" (2004),
 * chapter 11:
 *
 * <ul>
 *   <li>A unit (an item) with m_u &ge; 2 values is pairable; units with fewer values are dropped,
 *       because a lone value cannot agree or disagree with anything.
 *   <li>Each ordered pair of values (c, k) from different raters in the same unit adds 1 / (m_u
 *       &minus; 1) to the coincidence o_ck, so every pairable value carries a total weight of 1.
 *   <li>n_c = &Sigma;_k o_ck is how many pairable values equal c, and n = &Sigma;_c n_c.
 *   <li>Observed disagreement D_o = (1/n) &Sigma; o_ck &delta;&sup2;_ck; expected disagreement D_e
 *       = 1/(n(n&minus;1)) &Sigma; n_c n_k &delta;&sup2;_ck; alpha = 1 &minus; D_o / D_e, with the
 *       difference &delta;&sup2; given by the {@link MeasurementLevel}.
 * </ul>
 *
 * <p>When every pairable value is the same, D_e = 0 and alpha does not exist: the result says
 * {@link AlphaResult.Outcome#NO_VARIATION} and carries {@code NaN}, instead of 1 (which would claim
 * a reliability the data cannot show) or 0 (which would claim none). Some software reports 1 here;
 * we do not, so a reader sees that agreement could not be measured.
 *
 * <p>The coincidences are summed as exact integers per unit size before any division, so the result
 * is bit-for-bit the same whatever the order of units or raters.
 */
@API(status = INTERNAL, since = "0.1")
public final class KrippendorffAlpha {
  /** The value marking a missing answer in a reliability matrix. */
  public static final double MISSING = Double.NaN;

  private KrippendorffAlpha() {}

  /**
   * Computes alpha for a reliability matrix.
   *
   * @param units one row per unit (item), one column per rater; {@link #MISSING} ({@code NaN})
   *     where a rater gave no usable answer. Rows may differ in length. Not modified.
   * @param level how values are compared
   * @return alpha with the counts behind it, or an explicit outcome saying why there is no alpha
   * @throws NullPointerException if the matrix, a row or the level is null
   * @throws IllegalArgumentException if a value is infinite
   */
  public static AlphaResult compute(double[][] units, MeasurementLevel level) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(level, "level");

    double[][] pairable = new double[units.length][];
    int unitsUsed = 0;
    int n = 0;
    int maxPerUnit = 0;
    for (int u = 0; u < units.length; u++) {
      double[] present = presentValues(units, u);
      if (present.length >= 2) {
        pairable[unitsUsed++] = present;
        n += present.length;
        maxPerUnit = Math.max(maxPerUnit, present.length);
      }
    }
    if (n == 0) {
      return new AlphaResult(
          level, AlphaResult.Outcome.NO_PAIRABLE_VALUES, Double.NaN, 0, 0, Double.NaN, Double.NaN);
    }

    double[] all = new double[n];
    int filled = 0;
    for (int u = 0; u < unitsUsed; u++) {
      System.arraycopy(pairable[u], 0, all, filled, pairable[u].length);
      filled += pairable[u].length;
    }
    Arrays.sort(all);
    double[] values = distinct(all);
    int v = values.length;
    if (v == 1) {
      return new AlphaResult(
          level, AlphaResult.Outcome.NO_VARIATION, Double.NaN, n, unitsUsed, 0, 0);
    }

    long[] counts = new long[v];
    for (double x : all) {
      counts[Arrays.binarySearch(values, x)]++;
    }

    // For each pair of distinct values c < k, sum n_uc * n_uk over the units with m_u values, kept
    // apart by m_u so the division by (m_u - 1) happens once per size, on an exact integer.
    int largestUnit = maxPerUnit;
    Map<Long, long[]> pairsBySize = new HashMap<>();
    for (int u = 0; u < unitsUsed; u++) {
      double[] unit = pairable[u];
      int m = unit.length;
      int[] index = new int[m];
      long[] runLength = new long[m];
      int runs = 0;
      for (int i = 0; i < m; i++) {
        if (i > 0 && unit[i] == unit[i - 1]) {
          runLength[runs - 1]++;
        } else {
          index[runs] = Arrays.binarySearch(values, unit[i]);
          runLength[runs++] = 1;
        }
      }
      for (int a = 0; a < runs; a++) {
        for (int b = a + 1; b < runs; b++) {
          long key = (long) index[a] * v + index[b];
          pairsBySize.computeIfAbsent(key, x -> new long[largestUnit + 1])[m] +=
              runLength[a] * runLength[b];
        }
      }
    }

    Difference difference = Difference.of(level, values, counts);
    long[] keys = pairsBySize.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    double observedSum = 0;
    for (long key : keys) {
      long[] bySize = pairsBySize.get(key);
      double coincidence = 0;
      for (int m = 2; m <= maxPerUnit; m++) {
        coincidence += (double) bySize[m] / (m - 1);
      }
      observedSum += coincidence * difference.between((int) (key / v), (int) (key % v));
    }
    double expectedSum = 0;
    for (int c = 0; c < v; c++) {
      for (int k = c + 1; k < v; k++) {
        expectedSum += (double) counts[c] * counts[k] * difference.between(c, k);
      }
    }
    // Both sums cover c < k only; the matrix is symmetric and the diagonal differences are 0.
    double observed = 2 * observedSum / n;
    double expected = 2 * expectedSum / ((double) n * (n - 1));
    double alpha = 1 - (n - 1) * observedSum / expectedSum;
    return new AlphaResult(
        level, AlphaResult.Outcome.COMPUTED, alpha, n, unitsUsed, observed, expected);
  }

  /**
   * Computes alpha on several levels at once from how often each value occurs in each unit, which
   * is all alpha depends on: who gave a value does not matter. Gives exactly the same results, bit
   * for bit, as {@link #compute(double[][], MeasurementLevel)} on any matrix with these counts, but
   * works from counts alone and shares the coincidences between the levels, so a caller that keeps
   * counts per unit never builds the matrix.
   *
   * @param values the values that can occur, distinct, finite and in ascending order
   * @param units one row per unit; {@code units[u][c]} is how many raters gave {@code values[c]} in
   *     unit u. Rows must have one count per value. Not modified.
   * @param levels the levels wanted
   * @return one result per level, in the order of {@code levels}
   * @throws NullPointerException if an argument, a row or a level is null
   * @throws IllegalArgumentException if the values are not finite and ascending, a row has the
   *     wrong length or a count is negative
   */
  public static AlphaResult[] computeFromCounts(
      double[] values, int[][] units, MeasurementLevel... levels) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(levels, "levels");
    int categories = values.length;
    for (int c = 0; c < categories; c++) {
      if (!Double.isFinite(values[c]) || (c > 0 && !(values[c - 1] < values[c]))) {
        throw new IllegalArgumentException("values must be finite and ascending");
      }
    }
    long[] counts = new long[categories];
    int n = 0;
    int unitsUsed = 0;
    int[] sizes = new int[units.length];
    for (int u = 0; u < units.length; u++) {
      int m = unitSize(units, u, categories);
      if (m >= 2) {
        sizes[unitsUsed++] = m;
        n += m;
        for (int c = 0; c < categories; c++) {
          counts[c] += units[u][c];
        }
      }
    }
    AlphaResult[] results = new AlphaResult[levels.length];
    int present = 0;
    for (long count : counts) {
      present += count > 0 ? 1 : 0;
    }
    if (n == 0 || present == 1) {
      for (int l = 0; l < levels.length; l++) {
        MeasurementLevel level = Objects.requireNonNull(levels[l], "level");
        results[l] =
            n == 0
                ? new AlphaResult(
                    level,
                    AlphaResult.Outcome.NO_PAIRABLE_VALUES,
                    Double.NaN,
                    0,
                    0,
                    Double.NaN,
                    Double.NaN)
                : new AlphaResult(
                    level, AlphaResult.Outcome.NO_VARIATION, Double.NaN, n, unitsUsed, 0, 0);
      }
      return results;
    }

    // As in compute: per pair of values c < k, the sum of n_uc * n_uk over the units of each size,
    // kept apart by size so the division by (m_u - 1) happens once per size, on an exact integer.
    // Only the sizes that occur get a slot, in ascending order.
    Arrays.sort(sizes, 0, unitsUsed);
    int distinctSizes = 0;
    for (int i = 0; i < unitsUsed; i++) {
      if (i == 0 || sizes[i] != sizes[i - 1]) {
        sizes[distinctSizes++] = sizes[i];
      }
    }
    int pairs = categories * categories;
    long[] pairsBySize = new long[pairs * distinctSizes];
    boolean[] seen = new boolean[pairs];
    for (int[] unit : units) {
      int m = 0;
      for (int count : unit) {
        m += count;
      }
      if (m < 2) {
        continue;
      }
      for (int c = 0; c < categories; c++) {
        if (unit[c] == 0) {
          continue;
        }
        for (int k = c + 1; k < categories; k++) {
          if (unit[k] != 0) {
            int pair = c * categories + k;
            seen[pair] = true;
            int size = Arrays.binarySearch(sizes, 0, distinctSizes, m);
            pairsBySize[pair * distinctSizes + size] += (long) unit[c] * unit[k];
          }
        }
      }
    }
    // Pairs are visited in ascending (c, k) order, the order compute visits its sorted keys in, and
    // pairs no unit holds are skipped as compute never sees them: every sum below adds the same
    // terms in the same order, so the results are the same bit for bit.
    // compute adds a term for every size from 2 up; the sizes that do not occur add +0.0 to a sum
    // that is never negative, which changes nothing, so leaving them out gives the same sum.
    double[] coincidences = new double[pairs];
    for (int pair = 0; pair < pairs; pair++) {
      if (seen[pair]) {
        double coincidence = 0;
        for (int size = 0; size < distinctSizes; size++) {
          coincidence += (double) pairsBySize[pair * distinctSizes + size] / (sizes[size] - 1);
        }
        coincidences[pair] = coincidence;
      }
    }
    for (int l = 0; l < levels.length; l++) {
      MeasurementLevel level = Objects.requireNonNull(levels[l], "level");
      // Absent values have count 0, so they add nothing to the ordinal sums between present ones.
      Difference difference = Difference.of(level, values, counts);
      double observedSum = 0;
      for (int pair = 0; pair < pairs; pair++) {
        if (seen[pair]) {
          observedSum +=
              coincidences[pair] * difference.between(pair / categories, pair % categories);
        }
      }
      double expectedSum = 0;
      for (int c = 0; c < categories; c++) {
        if (counts[c] == 0) {
          continue;
        }
        for (int k = c + 1; k < categories; k++) {
          if (counts[k] != 0) {
            expectedSum += (double) counts[c] * counts[k] * difference.between(c, k);
          }
        }
      }
      double observed = 2 * observedSum / n;
      double expected = 2 * expectedSum / ((double) n * (n - 1));
      double alpha = 1 - (n - 1) * observedSum / expectedSum;
      results[l] =
          new AlphaResult(
              level, AlphaResult.Outcome.COMPUTED, alpha, n, unitsUsed, observed, expected);
    }
    return results;
  }

  private static int unitSize(int[][] units, int u, int categories) {
    int[] row = Objects.requireNonNull(units[u], () -> "unit " + u + " is null");
    if (row.length != categories) {
      throw new IllegalArgumentException(
          "unit " + u + ": needs one count per value, has " + row.length);
    }
    int m = 0;
    for (int c = 0; c < categories; c++) {
      if (row[c] < 0) {
        throw new IllegalArgumentException(
            "unit " + u + ", value " + c + ": count must be 0 or more, was " + row[c]);
      }
      m += row[c];
    }
    return m;
  }

  private static double[] presentValues(double[][] units, int u) {
    double[] row = Objects.requireNonNull(units[u], () -> "unit " + u + " is null");
    double[] present = new double[row.length];
    int count = 0;
    for (int r = 0; r < row.length; r++) {
      double x = row[r];
      if (Double.isNaN(x)) {
        continue;
      }
      if (Double.isInfinite(x)) {
        throw new IllegalArgumentException(
            "unit " + u + ", rater " + r + ": must be a finite number or missing (NaN), was " + x);
      }
      present[count++] = x + 0.0; // turns -0.0 into 0.0 so both are one value
    }
    double[] result = Arrays.copyOf(present, count);
    Arrays.sort(result);
    return result;
  }

  private static double[] distinct(double[] sorted) {
    double[] out = new double[sorted.length];
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        out[count++] = sorted[i];
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** The squared difference &delta;&sup2; between the c-th and k-th smallest distinct values. */
  private interface Difference {
    double between(int c, int k);

    static Difference of(MeasurementLevel level, double[] values, long[] counts) {
      switch (level) {
        case NOMINAL:
          return (c, k) -> c == k ? 0 : 1;
        case ORDINAL:
          long[] below = new long[counts.length + 1];
          for (int g = 0; g < counts.length; g++) {
            below[g + 1] = below[g] + counts[g];
          }
          return (c, k) -> {
            int low = Math.min(c, k);
            int high = Math.max(c, k);
            double d = (below[high + 1] - below[low]) - (counts[low] + counts[high]) / 2.0;
            return d * d;
          };
        case INTERVAL:
          return (c, k) -> {
            double d = values[c] - values[k];
            return d * d;
          };
        default:
          throw new IllegalArgumentException("unknown level " + level);
      }
    }
  }
}
