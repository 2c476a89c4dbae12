package org.coproduction.scoring.internal.scores;

import java.util.Optional;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.AnswerSpread;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.internal.stats.Spread;

/**
 * One checklist item's score: (100 × yes + 50 × partly + 0 × no) / (yes + partly + no), to one
 * decimal rounded half up, leaving out {@code DONT_KNOW} and {@code NOT_APPLICABLE}; conclusive
 * from {@link ScoringSettings#minimumRaters()} raters. With it go the answer counts, their spread,
 * what the records say and the breakdown by group and side from {@link Perspectives}.
 */
final class ItemScores {
  private final Tally tally;
  private final Perspectives perspectives;
  private final int minimumRaters;

  private ItemScores(Tally tally, Perspectives perspectives, int minimumRaters) {
    this.tally = tally;
    this.perspectives = perspectives;
    this.minimumRaters = minimumRaters;
  }

  /**
   * The rule for one tally.
   *
   * @param tally the answers and records
   * @param perspectives the breakdowns by group and side
   * @param settings the raters an item needs to be conclusive, for the reasons
   * @return the rule
   */
  static ItemScores of(Tally tally, Perspectives perspectives, ScoringSettings settings) {
    return new ItemScores(tally, perspectives, settings.minimumRaters());
  }

  /**
   * One item's score.
   *
   * @param v the item's tally
   * @return its score
   */
  ItemScore score(ItemTally v) {
    AnswerCounts counts = v.points.counts(v.counts);
    return ItemScore.builder()
        .itemId(v.item.id())
        .area(v.item.area())
        .severity(v.item.severity())
        .weight(v.item.weight())
        .status(v.status)
        .value(v.value)
        .raters(v.scored())
        .answers(counts)
        .spread(spread(v))
        .record(Optional.ofNullable(tally.record(v.item.id())))
        .byGroup(perspectives.item(v))
        .reason(Reasons.item(v, minimumRaters))
        .build();
  }

  /** The standard deviation in points and the modal share of the scored answers. */
  private static Optional<AnswerSpread> spread(ItemTally v) {
    double[] values = new double[v.scored()];
    int i = 0;
    // Top of the scale first, the order the values were always added in.
    for (int answer = v.points.answerCount() - 1; answer >= 0; answer--) {
      for (int k = 0; k < v.counts[answer]; k++) {
        values[i++] = v.points.shares[answer];
      }
    }
    return Spread.of(values)
        .map(
            s ->
                AnswerSpread.of(
                    Decimals.round(s.standardDeviation() * 100, 1),
                    Decimals.round(s.modalShare(), 2)));
  }
}
