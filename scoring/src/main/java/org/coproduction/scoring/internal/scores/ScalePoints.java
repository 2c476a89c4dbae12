package org.coproduction.scoring.internal.scores;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.AnswerOption;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.scoring.AnswerCounts;

/**
 * One answer scale as the counting rules read it: each code turned into a small number, the answers
 * numbered from the bottom of the scale up (0 is the bottom, the answer red flags count), then the
 * options that are not answers. Counting by number keeps every rule the same for any scale.
 */
final class ScalePoints {
  /** The mark for "no answer" in a rater-by-item table. */
  static final int NONE = -1;

  final AnswerScale scale;

  /** The answers, bottom first. */
  final List<AnswerOption> answers;

  /** Each answer's value in thousandths of a point, bottom first. */
  final long[] thousandths;

  /** Each answer's value as a share of 100 (0 to 1), bottom first: the values alpha compares. */
  final double[] shares;

  /** Whether this is the built-in yes/partly/no scale, whose counts have their own fields. */
  final boolean yesPartlyNo;

  private final Map<String, Integer> index = new HashMap<>();

  ScalePoints(AnswerScale scale) {
    this.scale = scale;
    this.answers = scale.ascending();
    this.thousandths = new long[answers.size()];
    this.shares = new double[answers.size()];
    for (int i = 0; i < answers.size(); i++) {
      BigDecimal value = BigDecimal.valueOf(answers.get(i).value().orElseThrow());
      thousandths[i] = value.movePointRight(3).longValueExact();
      shares[i] = value.movePointLeft(2).doubleValue();
      index.put(answers.get(i).code(), i);
    }
    for (int j = 0; j < scale.notAnswers().size(); j++) {
      index.put(scale.notAnswers().get(j).code(), answers.size() + j);
    }
    this.yesPartlyNo = scale.id().equals(AnswerScales.YES_PARTLY_NO_ID);
  }

  /** How many answers count: the numbers below this are answers, the rest are not. */
  int answerCount() {
    return answers.size();
  }

  /** How many codes in all. */
  int size() {
    return answers.size() + scale.notAnswers().size();
  }

  /** A code's number; the input checks have made sure the code is on the scale. */
  int of(String code) {
    Integer i = index.get(code);
    if (i == null) {
      throw new IllegalStateException("code not on scale " + scale.id());
    }
    return i;
  }

  /**
   * Counts as a report shows them.
   *
   * @param counts raters per code number; answers only, or answers then options that are not
   *     answers
   * @return the counts, in yes/partly/no fields on that scale and by code on any other
   */
  AnswerCounts counts(int[] counts) {
    int[] all = Arrays.copyOf(counts, size());
    AnswerCounts.Builder b = AnswerCounts.builder();
    if (yesPartlyNo) {
      int m = answerCount();
      return b.yes(all[YES])
          .partly(all[PARTLY])
          .no(all[NO])
          .dontKnow(all[m])
          .notApplicable(all[m + 1])
          .build();
    }
    b.yes(0).partly(0).no(0).dontKnow(0).notApplicable(0);
    for (int i = 0; i < answers.size(); i++) {
      b.putByAnswer(answers.get(i).code(), all[i]);
    }
    for (int j = 0; j < scale.notAnswers().size(); j++) {
      b.putByNotAnswer(scale.notAnswers().get(j).code(), all[answers.size() + j]);
    }
    return b.build();
  }

  /** The index, bottom first, of an answer on the yes/partly/no scale (0 no, 1 partly, 2 yes). */
  static final int NO = 0;

  static final int PARTLY = 1;
  static final int YES = 2;
}
