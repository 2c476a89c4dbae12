package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;

/**
 * The answers a rater can pick for one item, in the order they are shown. This is the one place the
 * questionnaire, the paper copy and the survey template take their options from, so all three stay
 * the same when a checklist's answer scale changes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnswerOptions {
  private AnswerOptions() {}

  /**
   * The options for an item: the item's answer scale (its own, or the checklist's), in the order
   * raters see it, then the options that are not answers, such as don't know.
   *
   * @param checklist the checklist the item belongs to, whose answer scale applies
   * @param item the item asked
   * @return one option for each answer on the scale
   */
  public static List<AnswerOption> of(Checklist checklist, ChecklistItem item) {
    AnswerScale scale = checklist.scaleOf(item);
    return Stream.concat(scale.options().stream(), scale.notAnswers().stream())
        .map(
            o ->
                AnswerOption.builder()
                    .code(o.code())
                    .label(o.label())
                    .easyReadLabel(o.easyRead())
                    .build())
        .toList();
  }
}
