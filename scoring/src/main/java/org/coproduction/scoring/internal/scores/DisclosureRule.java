package org.coproduction.scoring.internal.scores;

import java.util.Arrays;
import org.coproduction.core.people.InterestGroup;

/**
 * The one disclosure rule of a score report: an answer counts only when at least k people of the
 * same interest group answered the same item (k is {@code ScoringSettings.minimumGroupSize()}).
 * Answers that do not count are removed before any rule sees them, so they are in no published
 * figure: not the item's counts, not the "all raters" row, not a side, an aggregate, agreement, a
 * red flag or tokenism.
 *
 * <p>"Answered" includes "don't know" and "not applicable", so what a left-out person answered
 * never changes which answers are left out. Small groups are not announced one by one: the report
 * only says that some answers were left out.
 */
final class DisclosureRule {
  private DisclosureRule() {}

  /**
   * Removes, in place, every answer that may not be counted.
   *
   * @param answers each item's answers by rater index, as code numbers ({@link ScalePoints}),
   *     {@link ScalePoints#NONE} for none; changed in place
   * @param raterGroups each rater's interest group, by rater index
   * @param minimumGroupSize k: people of one group an item needs for their answers to count
   * @return true when at least one answer was removed
   */
  static boolean leaveOut(int[][] answers, InterestGroup[] raterGroups, int minimumGroupSize) {
    boolean leftOut = false;
    int[] answered = new int[InterestGroup.values().length];
    for (int[] item : answers) {
      Arrays.fill(answered, 0);
      for (int rater = 0; rater < item.length; rater++) {
        if (item[rater] != ScalePoints.NONE) {
          answered[raterGroups[rater].ordinal()]++;
        }
      }
      for (int rater = 0; rater < item.length; rater++) {
        if (item[rater] != ScalePoints.NONE
            && answered[raterGroups[rater].ordinal()] < minimumGroupSize) {
          item[rater] = ScalePoints.NONE;
          leftOut = true;
        }
      }
    }
    return leftOut;
  }
}
