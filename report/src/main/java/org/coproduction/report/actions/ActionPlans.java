package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.report.EvaluationReport;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.flags.RedFlag;

/**
 * Drafts an action plan from a report: a pure function, with no I/O and no clock.
 *
 * <p>Each red flag of the report's latest round, most severe first, gets one action for each of the
 * guide's recommendations its checklist item checks ({@link ChecklistItem#recommendations()}); an
 * item that names none gets the guide's advice to use what reviews find to get better, since that
 * is what acting on a red flag is. Every action starts {@link ActionStatus#PROPOSED}, owned by the
 * manager, due on the date given and meant to clear by the round given: a draft for people to
 * change, not a decision.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ActionPlans {
  /** The guide's recommendation to learn from reviews, for flags whose item names no other. */
  static final String LEARN_FROM_REVIEWS = "rec-19";

  private ActionPlans() {}

  /**
   * Drafts a plan for the red flags of a report's latest round.
   *
   * @param report the report whose flags the plan answers
   * @param checklist the checklist the report was scored with, for the recommendations each item
   *     checks
   * @param clearByRoundId the review round by which every flag should clear; not the round the
   *     report's flags come from
   * @param dueBy the day by which every action should be done
   * @return the draft; it has no action when the round raised no flag
   * @throws org.coproduction.core.CoProductionException when the round id is not a valid id or is
   *     the round the flags come from
   * @throws IllegalArgumentException when the report was scored with another checklist
   */
  public static ActionPlan draft(
      EvaluationReport report, Checklist checklist, String clearByRoundId, LocalDate dueBy) {
    ScoreReport latest = report.latest();
    if (!latest.checklist().equals(checklist.ref())) {
      throw new IllegalArgumentException(
          "the report was scored with checklist '"
              + latest.checklist()
              + "', not '"
              + checklist.ref()
              + "'");
    }
    Checks.id("clearByRoundId", clearByRoundId);
    List<PlannedAction> actions = new ArrayList<>();
    for (RedFlag flag : latest.redFlags()) {
      for (Recommendation advice : advice(checklist.item(flag.itemId()))) {
        actions.add(
            PlannedAction.builder()
                .id(String.format(Locale.ROOT, "a%02d", actions.size() + 1))
                .itemId(flag.itemId())
                .recommendation(advice.text())
                .owner(Owner.role(Role.MANAGER))
                .dueBy(dueBy)
                .status(ActionStatus.PROPOSED)
                .clearByRoundId(clearByRoundId)
                .build());
      }
    }
    return ActionPlan.builder()
        .evaluationId(report.evaluationId())
        .reviewRoundId(latest.reviewRoundId())
        .actions(actions)
        .build();
  }

  /** The guide's recommendations an item checks, or the advice to learn from reviews. */
  private static List<Recommendation> advice(Optional<ChecklistItem> item) {
    List<Recommendation> out = new ArrayList<>();
    item.ifPresent(
        i -> i.recommendations().forEach(id -> Recommendations.byId(id).ifPresent(out::add)));
    if (out.isEmpty()) {
      out.add(Recommendations.byId(LEARN_FROM_REVIEWS).orElseThrow());
    }
    return out;
  }
}
