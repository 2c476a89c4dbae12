package org.coproduction.report.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.coproduction.core.Documents;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.junit.jupiter.api.Test;

/** Action plans survive JSON unchanged, and reviewing a plan keeps every action in its order. */
class ActionPlanProperties {
  @Test
  void everyPlanSurvivesARoundTripThroughJson() {
    qt().forAll(ActionPlanGenerators.plans())
        .checkAssert(p -> assertEquals(p, Documents.read(Documents.write(p), ActionPlan.class)));
  }

  @Test
  void aReviewChecksEveryActionOfThePlanInItsOrderAndNamesOnlyOpenOverdueFlaggedOnes() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    EvaluationReport report = Evaluator.evaluate(fair);
    qt().forAll(ActionPlanGenerators.plans())
        .checkAssert(
            plan -> {
              ActionReview review = ActionReviews.review(plan, report.latest(), fair.initiative());
              assertEquals(
                  plan.actions(), review.actions().stream().map(ActionCheck::action).toList());
              for (ActionCheck check : review.actions()) {
                if (check.overdueAndStillFlagged()) {
                  assertTrue(check.due() && check.stillFlagged());
                  assertTrue(check.action().status().open());
                }
              }
            });
  }
}
