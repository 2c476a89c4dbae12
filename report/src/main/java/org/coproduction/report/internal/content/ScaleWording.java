package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.AnswerOption;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ScoreReport;

/**
 * The words a report uses for the answers of the checklist's scale, defined once, so a report on a
 * five-point agreement or four-point progress instrument never says "yes, partly or no". On the
 * yes/partly/no scale the sentences read as they always have; on one other scale they name its
 * answers by their labels (the bottom one, the one red flags count, included); on a mix of scales,
 * or when the checklist is not at hand, they speak of the bottom of each item's scale.
 */
final class ScaleWording {
  /** The one scale every item is answered on, when there is one and it is known. */
  private final Optional<AnswerScale> single;

  private ScaleWording(Optional<AnswerScale> single) {
    this.single = single;
  }

  /**
   * The wording for a report: the checklist's scales when the checklist is at hand, else the scale
   * the report's counts show (counts by code are on a scale other than yes/partly/no).
   */
  static ScaleWording of(ScoreReport latest, ReportTexts texts) {
    Optional<Checklist> checklist = texts.checklist();
    if (checklist.isPresent()) {
      Map<String, AnswerScale> scales = new LinkedHashMap<>();
      for (ChecklistItem item : checklist.get().items()) {
        AnswerScale scale = checklist.get().scaleOf(item);
        scales.put(scale.id(), scale);
      }
      return new ScaleWording(
          scales.size() == 1 ? Optional.of(scales.values().iterator().next()) : Optional.empty());
    }
    boolean yesPartlyNo =
        latest.items().stream().allMatch(i -> i.answers().byAnswer().isEmpty())
            && latest.redFlags().stream().allMatch(f -> f.answers().byAnswer().isEmpty());
    return new ScaleWording(
        yesPartlyNo ? Optional.of(AnswerScales.YES_PARTLY_NO) : Optional.empty());
  }

  /**
   * How answers become scores, for the report's opening: for example {@code each yes counts 100,
   * partly 50 and no 0; don't know and not applicable are left out}.
   */
  String values() {
    if (single.isEmpty()) {
      return "each answer counts its value on its item's scale, from 0 at the bottom to 100 at the"
          + " top; answers that are not on the scale, such as don't know, are left out";
    }
    AnswerScale scale = single.get();
    if (isYesPartlyNo(scale)) {
      return "each yes counts 100, partly 50 and no 0; don't know and not applicable are left out";
    }
    List<String> values = new ArrayList<>();
    List<AnswerOption> topFirst = new ArrayList<>(scale.ascending());
    Collections.reverse(topFirst);
    for (AnswerOption option : topFirst) {
      values.add(lower(option) + " " + Words.threshold(option.value().orElseThrow()));
    }
    List<String> left = scale.notAnswers().stream().map(o -> "'" + lower(o) + "'").toList();
    return "each answer counts its value on the scale, "
        + Words.list(values)
        + (left.isEmpty() ? "" : "; " + Words.list(left) + " never count");
  }

  /**
   * What a rater did to count towards a red flag, in the past: {@code said no} on yes/partly/no,
   * {@code chose 'strongly disagree'} on one other scale.
   */
  String gaveBottom() {
    return single
        .map(ScaleWording::gaveBottom)
        .orElse("gave the bottom answer of the item's scale");
  }

  /** The same as a bare infinitive, for "did ... raters {@code say no}". */
  String giveBottom() {
    return single
        .map(scale -> isYesPartlyNo(scale) ? "say no" : "choose '" + lower(scale.bottom()) + "'")
        .orElse("give the bottom answer of the item's scale");
  }

  /** What a rater did to count towards a red flag on one item, whose counts show its scale. */
  static String gaveBottom(AnswerCounts counts, Optional<AnswerScale> scale) {
    if (counts.byAnswer().isEmpty()) {
      return "said no";
    }
    return scale
        .map(s -> gaveBottom(s) + ", the bottom of the scale")
        .orElse("answered at the bottom of the scale");
  }

  private static String gaveBottom(AnswerScale scale) {
    return isYesPartlyNo(scale) ? "said no" : "chose '" + lower(scale.bottom()) + "'";
  }

  private static boolean isYesPartlyNo(AnswerScale scale) {
    return scale.id().equals(AnswerScales.YES_PARTLY_NO_ID);
  }

  private static String lower(AnswerOption option) {
    return option.label().toLowerCase(Locale.ROOT);
  }
}
