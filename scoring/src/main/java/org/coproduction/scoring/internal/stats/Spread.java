package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How far a group of raters' scores for one item agree, so a reader can tell a firm mean from one
 * that averages opposite views.
 *
 * <p>Two measures are given, as they answer different questions:
 *
 * <ul>
 *   <li>The population standard deviation sqrt(&Sigma; (x &minus; mean)&sup2; / n): how far scores
 *       lie from their mean, in the units of the scores. The raters are the whole group of
 *       interest, not a sample, hence n rather than n &minus; 1. With answers worth 1, 0.5 and 0 it
 *       runs from 0 (all the same) to 0.5 (half say yes, half say no).
 *   <li>The modal share: the share of raters who gave the most common answer, from 1 / (number of
 *       different answers) up to 1 when all agree. It reads as "4 of 5 raters said the same".
 * </ul>
 *
 * @param count how many scores there were (raters who answered)
 * @param mean the mean score
 * @param standardDeviation the population standard deviation of the scores
 * @param modalShare the share of scores equal to the most common score, between 0 and 1
 */
@API(status = INTERNAL, since = "0.1")
public record Spread(int count, double mean, double standardDeviation, double modalShare) {

  /**
   * Checks that the measures are in range.
   *
   * @throws IllegalArgumentException if the count is below 1 or a measure is out of range
   */
  public Spread {
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more, was " + count);
    }
    if (!(standardDeviation >= 0) || !(modalShare > 0 && modalShare <= 1)) {
      throw new IllegalArgumentException("spread measures out of range");
    }
  }

  /**
   * The spread of one item's scores.
   *
   * @param scores the scores of the raters who answered (answers without a value left out); not
   *     modified
   * @return the spread, or empty when nobody answered
   * @throws IllegalArgumentException if a score is infinite or NaN
   */
  public static Optional<Spread> of(double[] scores) {
    Objects.requireNonNull(scores, "scores");
    double[] sorted = scores.clone();
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i])) {
        throw new IllegalArgumentException(
            "score " + i + ": must be a finite number, was " + sorted[i]);
      }
      sorted[i] += 0.0; // -0.0 and 0.0 are one answer
    }
    int n = sorted.length;
    if (n == 0) {
      return Optional.empty();
    }
    Arrays.sort(sorted);
    // Shifting by the smallest score keeps the mean exact when all scores are equal.
    double low = sorted[0];
    double shifted = 0;
    for (double x : sorted) {
      shifted += x - low;
    }
    double mean = low + shifted / n;
    double squares = 0;
    int longestRun = 0;
    int run = 0;
    for (int i = 0; i < n; i++) {
      double d = sorted[i] - mean;
      squares += d * d;
      run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
    }
    double standardDeviation = sorted[n - 1] == low ? 0 : Math.sqrt(squares / n);
    return Optional.of(new Spread(n, mean, standardDeviation, (double) longestRun / n));
  }
}
