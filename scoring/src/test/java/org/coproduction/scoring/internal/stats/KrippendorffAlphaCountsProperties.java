package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Alpha from counts per unit is the same, bit for bit, as alpha from the reliability matrix those
 * counts describe, on every level.
 */
class KrippendorffAlphaCountsProperties {
  private static final MeasurementLevel[] LEVELS = MeasurementLevel.values();

  @Test
  void countsGiveExactlyTheMatrixResultOnSmallMatrices() {
    double[] values = {1, 2, 3, 4, 5};
    qt().forAll(StatsGenerators.reliabilityMatrices())
        .checkAssert(units -> assertSameAsMatrix(values, units, countsOf(values, units)));
  }

  @Test
  void countsGiveExactlyTheMatrixResultForAnswerValuesAndUnitsOfManySizes() {
    double[] values = {0, 0.5, 1};
    qt().forAll(answerCounts())
        .checkAssert(
            counts -> {
              int[][] units = counts.toArray(new int[0][]);
              assertSameAsMatrix(values, matrixOf(values, units), units);
            });
  }

  @Test
  void aRowWithTheWrongNumberOfCountsIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KrippendorffAlpha.computeFromCounts(
                    new double[] {0, 1}, new int[][] {{1, 1}, {2}}, MeasurementLevel.NOMINAL));
    assertEquals("unit 1: needs one count per value, has 1", e.getMessage());
  }

  @Test
  void aNegativeCountIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KrippendorffAlpha.computeFromCounts(
                    new double[] {0, 1}, new int[][] {{1, -1}}, MeasurementLevel.NOMINAL));
    assertEquals("unit 0, value 1: count must be 0 or more, was -1", e.getMessage());
  }

  private static void assertSameAsMatrix(double[] values, double[][] matrix, int[][] counts) {
    AlphaResult[] fromCounts = KrippendorffAlpha.computeFromCounts(values, counts, LEVELS);
    for (int l = 0; l < LEVELS.length; l++) {
      AlphaResult fromMatrix = KrippendorffAlpha.compute(matrix, LEVELS[l]);
      // Records compare doubles by their bits (Double.compare), so this is an exact comparison.
      assertEquals(fromMatrix, fromCounts[l], Arrays.deepToString(counts));
    }
  }

  /** 0 to 20 units, each with 0 to 25 answers of each of three values: many unit sizes. */
  private static Gen<List<int[]>> answerCounts() {
    Gen<int[]> unit =
        integers()
            .between(0, 25)
            .zip(
                integers().between(0, 25),
                integers().between(0, 25),
                (a, b, c) -> new int[] {a, b, c});
    Gen<int[]> sparse = integers().between(0, 2).map(x -> new int[] {x, 0, x % 2});
    return lists().of(unit.mix(sparse, 30)).ofSizeBetween(0, 20);
  }

  private static int[][] countsOf(double[] values, double[][] matrix) {
    int[][] counts = new int[matrix.length][values.length];
    for (int u = 0; u < matrix.length; u++) {
      for (double x : matrix[u]) {
        if (!Double.isNaN(x)) {
          counts[u][Arrays.binarySearch(values, x)]++;
        }
      }
    }
    return counts;
  }

  /** Each unit's values in a row, missing answers between them, rows of different lengths. */
  private static double[][] matrixOf(double[] values, int[][] counts) {
    double[][] matrix = new double[counts.length][];
    for (int u = 0; u < counts.length; u++) {
      double[] row = new double[Arrays.stream(counts[u]).sum() * 2 + u % 3];
      Arrays.fill(row, KrippendorffAlpha.MISSING);
      int r = u % 2;
      for (int c = values.length - 1; c >= 0; c--) {
        for (int i = 0; i < counts[u][c]; i++) {
          row[r] = values[c];
          r += 2;
        }
      }
      matrix[u] = row;
    }
    return matrix;
  }
}
