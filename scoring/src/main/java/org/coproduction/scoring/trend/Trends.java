package org.coproduction.scoring.trend;

import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.internal.scores.TrendEngine;

/**
 * Compares two review rounds of one initiative, so an organisation can see whether its
 * co-production is getting better and which red flags it has dealt with.
 *
 * <p>Score each round with {@link Scoring#score} under the same settings, then compare the reports.
 * For each item in both rounds:
 *
 * <ul>
 *   <li>the direction is {@link Direction#NOT_COMPARABLE} unless both rounds' scores are
 *       conclusive;
 *   <li>otherwise the change counts ({@link Direction#BETTER} or {@link Direction#WORSE}) only when
 *       it is at least {@link ScoringSettings#minimumMeaningfulChange()} points <em>and</em> more
 *       than 100 / n points, where n is the number of raters in the round with fewer: that is how
 *       far one rater switching from {@code NO} to {@code YES} would move the score, so a handful
 *       of raters cannot make noise look like progress; smaller changes are {@link
 *       Direction#UNCHANGED};
 *   <li>the red flag is new, resolved, still there or absent in both.
 * </ul>
 *
 * <p>The overall score is compared the same way, without the one-rater rule (it pools items
 * answered by different numbers of raters). Pure and thread-safe.
 */
public final class Trends {
  private Trends() {}

  /**
   * Compares the reports of two rounds.
   *
   * @param earlier the earlier round's report
   * @param later the later round's report
   * @return what changed, item by item
   * @throws CoProductionException when either report names no review round, both name the same
   *     round, they are about different initiatives, or they were scored under different settings
   */
  public static TrendReport compare(ScoreReport earlier, ScoreReport later) {
    return TrendEngine.compare(earlier, later);
  }
}
