package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;

/**
 * How one kind of score is spread across initiatives: the lowest, the quartiles and the highest of
 * their conclusive scores. Withheld (every figure empty) when fewer than k initiatives have one,
 * since a spread over two initiatives tells a reader each one's score.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Distribution {
  Distribution() {}

  /**
   * How many initiatives have a conclusive score of this kind.
   *
   * @return the count, 0 or more
   */
  public abstract int initiatives();

  /**
   * The lowest score.
   *
   * @return from 0 to 100, or empty when withheld
   */
  public abstract Optional<Double> lowest();

  /**
   * The score a quarter of initiatives are at or below (R's default quantile, type 7).
   *
   * @return from 0 to 100, or empty when withheld
   */
  public abstract Optional<Double> lowerQuartile();

  /**
   * The middle score.
   *
   * @return from 0 to 100, or empty when withheld
   */
  public abstract Optional<Double> median();

  /**
   * The score three quarters of initiatives are at or below.
   *
   * @return from 0 to 100, or empty when withheld
   */
  public abstract Optional<Double> upperQuartile();

  /**
   * The highest score.
   *
   * @return from 0 to 100, or empty when withheld
   */
  public abstract Optional<Double> highest();

  /**
   * Whether the figures are withheld because too few initiatives have a score.
   *
   * @return true when every figure is empty
   */
  public boolean withheld() {
    return median().isEmpty();
  }

  /**
   * The spread of some initiatives' scores.
   *
   * @param scores one conclusive score per initiative, in any order
   * @param minimumInitiatives k: below this many scores, the figures are withheld
   * @return the spread
   */
  public static Distribution of(List<Double> scores, int minimumInitiatives) {
    Builder spread = new Builder().initiatives(scores.size());
    if (scores.isEmpty() || scores.size() < minimumInitiatives) {
      return spread.build();
    }
    double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return spread
        .lowest(sorted[0])
        .lowerQuartile(quantile(sorted, 0.25))
        .median(quantile(sorted, 0.5))
        .upperQuartile(quantile(sorted, 0.75))
        .highest(sorted[sorted.length - 1])
        .build();
  }

  /** Linear interpolation between order statistics, as R's quantile(type = 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }

  /** Builds a {@link Distribution}. */
  static final class Builder extends ImmutableDistribution.Builder {}

  @Value.Check
  void check() {
    if (initiatives() < 0) {
      throw CoProductionException.at("initiatives", "must be 0 or more");
    }
    boolean all =
        lowest().isPresent()
            && lowerQuartile().isPresent()
            && median().isPresent()
            && upperQuartile().isPresent()
            && highest().isPresent();
    boolean none =
        lowest().isEmpty()
            && lowerQuartile().isEmpty()
            && median().isEmpty()
            && upperQuartile().isEmpty()
            && highest().isEmpty();
    if (!all && !none) {
      throw CoProductionException.at("median", "a spread shows all five figures or none");
    }
  }
}
