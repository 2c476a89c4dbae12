package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.scoring.ScoreReport;

/**
 * Checks an action plan against the latest round scored: a pure function, with no clock, so that a
 * report says the same thing whenever it is made. An action is due when its due date is on or
 * before the date of that round.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ActionReviews {
  private ActionReviews() {}

  /**
   * Checks each action against a round.
   *
   * @param plan the plan
   * @param latest the latest round's scores
   * @param initiative the initiative, for the date of that round
   * @return the review
   */
  public static ActionReview review(ActionPlan plan, ScoreReport latest, Initiative initiative) {
    Optional<LocalDate> date =
        latest
            .reviewRoundId()
            .flatMap(
                id -> initiative.reviewRounds().stream().filter(r -> r.id().equals(id)).findFirst())
            .map(ReviewRound::date);
    ActionReview.Builder review =
        ActionReview.builder().planRoundId(plan.reviewRoundId()).checkedOn(date);
    date.ifPresent(d -> review.checkedRoundId(latest.reviewRoundId().orElseThrow()));
    for (PlannedAction action : plan.actions()) {
      boolean due = date.map(d -> !action.dueBy().isAfter(d)).orElse(false);
      boolean flagged = latest.redFlag(action.itemId()).isPresent();
      review.addActions(ActionCheck.of(action, due, flagged));
    }
    return review.build();
  }
}
