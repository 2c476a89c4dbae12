package org.coproduction.scoring.internal.stats;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;

/** Generators for the statistical kernels, shared with the scoring tests that build on them. */
public final class StatsGenerators {
  private StatsGenerators() {}

  /**
   * Rectangular reliability matrices: 0 to 15 units, 1 to 6 raters, values 1 to c for a random c
   * between 1 and 5, with about one cell in c + 1 missing. Small c makes "no variation" and "no
   * pairable values" common enough to be tested.
   *
   * @return matrices printed as nested arrays when a property fails
   */
  public static Gen<double[][]> reliabilityMatrices() {
    Gen<int[]> shape =
        integers()
            .between(1, 6)
            .zip(integers().between(1, 5), (raters, top) -> new int[] {raters, top});
    Gen<List<List<Integer>>> cells =
        shape.flatMap(
            s ->
                lists()
                    .of(lists().of(integers().between(0, s[1])).ofSize(s[0]))
                    .ofSizeBetween(0, 15));
    return cells.map(StatsGenerators::toMatrix).describedAs(Arrays::deepToString);
  }

  private static double[][] toMatrix(List<List<Integer>> cells) {
    double[][] matrix = new double[cells.size()][];
    for (int u = 0; u < matrix.length; u++) {
      matrix[u] =
          cells.get(u).stream().mapToDouble(x -> x == 0 ? KrippendorffAlpha.MISSING : x).toArray();
    }
    return matrix;
  }

  /**
   * The matrix with its units in a shuffled order.
   *
   * @param matrix a reliability matrix; not modified
   * @param seed the shuffle's seed
   * @return a new matrix
   */
  public static double[][] shuffleUnits(double[][] matrix, long seed) {
    List<double[]> rows = new ArrayList<>(Arrays.asList(matrix));
    Collections.shuffle(rows, new Random(seed));
    return rows.toArray(new double[0][]);
  }

  /**
   * The rectangular matrix with its raters (columns) in the same shuffled order in every unit.
   *
   * @param matrix a rectangular reliability matrix; not modified
   * @param seed the shuffle's seed
   * @return a new matrix
   */
  public static double[][] shuffleRaters(double[][] matrix, long seed) {
    int raters = matrix.length == 0 ? 0 : matrix[0].length;
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < raters; r++) {
      order.add(r);
    }
    Collections.shuffle(order, new Random(seed));
    double[][] out = new double[matrix.length][raters];
    for (int u = 0; u < matrix.length; u++) {
      for (int r = 0; r < raters; r++) {
        out[u][r] = matrix[u][order.get(r)];
      }
    }
    return out;
  }

  /**
   * Non-negative values per person, such as return per hour: 0 to 12 people, each 0 to 1,000 in
   * steps of 0.25, with zeros common.
   *
   * @return value arrays printed as arrays when a property fails
   */
  public static Gen<double[]> nonNegativeValues() {
    Gen<Double> value =
        integers()
            .between(0, 4000)
            .map(x -> x / 4.0)
            .mix(integers().between(0, 0).map(x -> 0.0), 20);
    return lists()
        .of(value)
        .ofSizeBetween(0, 12)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
        .describedAs(Arrays::toString);
  }

  /**
   * Answer scores of a rater group for one item: 0 to 12 scores, each 0, 0.5 or 1.
   *
   * @return score arrays printed as arrays when a property fails
   */
  public static Gen<double[]> answerScores() {
    return lists()
        .of(integers().between(0, 2).map(x -> x / 2.0))
        .ofSizeBetween(0, 12)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
        .describedAs(Arrays::toString);
  }

  /**
   * Raters per group: 0 to 8 groups with short names (so equal counts and names that differ only in
   * case occur), each with 0 to 8 raters, so absent, small and large groups all occur.
   *
   * @return maps in generation order
   */
  public static Gen<Map<String, Integer>> groupCounts() {
    Gen<String> name = strings().betweenCodePoints('A', 'c').ofLengthBetween(1, 2);
    Gen<Integer> count = integers().between(0, 8);
    return lists()
        .of(name.zip(count, Map::entry))
        .ofSizeBetween(0, 8)
        .map(
            entries -> {
              Map<String, Integer> map = new LinkedHashMap<>();
              entries.forEach(e -> map.put(e.getKey(), e.getValue()));
              return map;
            });
  }
}
