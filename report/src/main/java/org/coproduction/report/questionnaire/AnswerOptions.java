package org.coproduction.report.questionnaire;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
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
   * The options for an item: the checklist's answer scale, in its order, in words.
   *
   * @param checklist the checklist the item belongs to, whose answer scale applies
   * @param item the item asked
   * @return one option for each answer on the scale
   */
  public static List<AnswerOption> of(Checklist checklist, ChecklistItem item) {
    return checklist.answerScale().stream().map(AnswerOptions::option).toList();
  }

  private static AnswerOption option(Answer answer) {
    AnswerOption.Builder option = AnswerOption.builder().code(answer.name());
    switch (answer) {
      case YES -> option.label("Yes").easyReadLabel("Yes");
      case PARTLY -> option.label("Partly").easyReadLabel("Some of it");
      case NO -> option.label("No").easyReadLabel("No");
      case DONT_KNOW -> option.label("Don't know").easyReadLabel("I do not know");
      case NOT_APPLICABLE -> option.label("Not applicable").easyReadLabel("This is not about us");
    }
    return option.build();
  }
}
