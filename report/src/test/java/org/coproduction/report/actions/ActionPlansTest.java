package org.coproduction.report.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.DoneButStillFlagged;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;

/**
 * Drafting a plan from a report, reading an edited plan back strictly, and following it up in the
 * next round, on the opportunities fair: its 2024 review raised the flags, and its 2025 review
 * checks the plan made then.
 */
class ActionPlansTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "action-plan.json");

  /** The fair scored on its first round only, as it stood when the plan was made. */
  static EvaluationReport firstRound() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    return Evaluator.evaluate(
        Evaluation.builder()
            .from(fair)
            .responses(fair.responsesInRound("fair-2024"))
            .actionPlan(Optional.empty())
            .build());
  }

  static ActionPlan draft() {
    return ActionPlans.draft(
        firstRound(), BuiltInChecklist.get(), "fair-2025", LocalDate.of(2025, 11, 19));
  }

  @Test
  void theDraftOfTheFairsFirstRoundIsTheGoldenPlan() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    String written = Documents.write(draft());
    if (!written.equals(golden)) {
      Files.writeString(Path.of("target", "action-plan.json"), written);
    }
    assertEquals(golden, written);
    assertEquals(golden, Documents.write(Documents.read(golden, ActionPlan.class)));
  }

  @Test
  void everyRedFlagGetsTheGuidesRecommendationsItsItemChecksWrittenOut() {
    EvaluationReport report = firstRound();
    ActionPlan plan = draft();
    assertEquals(Optional.of("fair-2024"), plan.reviewRoundId());
    Set<String> flagged =
        report.latest().redFlags().stream().map(RedFlag::itemId).collect(Collectors.toSet());
    assertEquals(
        flagged, plan.actions().stream().map(PlannedAction::itemId).collect(Collectors.toSet()));
    for (PlannedAction action : plan.actions()) {
      List<String> checked =
          BuiltInChecklist.get().item(action.itemId()).orElseThrow().recommendations();
      String id = action.guideRecommendation().id();
      assertTrue(
          checked.contains(id) || (checked.isEmpty() && id.equals("rec-19")),
          action.itemId() + " got " + id);
      assertEquals(ActionStatus.PROPOSED, action.status());
      assertEquals(Owner.role(Role.MANAGER), action.owner());
      assertEquals("fair-2025", action.clearByRoundId());
    }
    // An item checking two recommendations gets two actions.
    assertEquals(
        List.of("rec-05", "rec-06"),
        plan.actions().stream()
            .filter(a -> a.itemId().equals("expenses-and-fees"))
            .map(a -> a.guideRecommendation().id())
            .toList());
  }

  @Test
  void aFlagCannotBePlannedToClearByTheRoundThatRaisedIt() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                ActionPlans.draft(
                    firstRound(), BuiltInChecklist.get(), "fair-2024", LocalDate.of(2025, 1, 1)));
    assertEquals(
        "actions[0].clearByRoundId: must be a later review round than the one whose flags the"
            + " plan answers",
        e.getMessage());
  }

  @Test
  void aRecommendationThatIsNotTheGuidesWordForWordIsRefused() {
    String json =
        Documents.write(draft())
            .replace(
                Recommendations.byId("rec-04").map(Recommendation::text).orElseThrow(), "rec-04");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, ActionPlan.class));
    assertTrue(
        e.getMessage().startsWith("actions[0].recommendation: must be one of the guide's 20"),
        e.getMessage());
  }

  @Test
  void anOwnerIsARoleOrABodyNotBoth() {
    String json =
        Documents.write(draft())
            .replaceFirst("\"role\" : \"MANAGER\"", "\"role\" : \"MANAGER\", \"bodyId\" : \"b\"");
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(json, ActionPlan.class));
    assertTrue(e.getMessage().contains("either a role or a body"), e.getMessage());
  }

  @Test
  void anEvaluationRefusesAPlanForAnotherEvaluationOrNamingRoundsAndBodiesItLacks() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    ActionPlan plan = fair.actionPlan().orElseThrow();
    assertEquals(
        "actionPlan.evaluationId: this plan answers evaluation 'other', not 'opportunities-fair'",
        refusal(fair, ActionPlan.builder().from(plan).evaluationId("other").build()));
    assertEquals(
        "actionPlan.reviewRoundId: no review round with id 'fair-2023'",
        refusal(fair, ActionPlan.builder().from(plan).reviewRoundId("fair-2023").build()));
    PlannedAction first = plan.actions().get(0);
    assertEquals(
        "actionPlan.actions[0].clearByRoundId: no review round with id 'fair-2026'",
        refusal(
            fair,
            ActionPlan.builder()
                .from(plan)
                .actions(
                    List.of(
                        PlannedAction.builder().from(first).clearByRoundId("fair-2026").build()))
                .build()));
    assertEquals(
        "actionPlan.actions[0].owner.bodyId: no body with id 'board'",
        refusal(
            fair,
            ActionPlan.builder()
                .from(plan)
                .actions(
                    List.of(PlannedAction.builder().from(first).owner(Owner.body("board")).build()))
                .build()));
  }

  private static String refusal(Evaluation fair, ActionPlan plan) {
    return assertThrows(
            CoProductionException.class,
            () -> Evaluation.builder().from(fair).actionPlan(plan).build())
        .getMessage();
  }

  @Test
  void theNextRoundSaysWhichActionsWereDueAndDoneAndWhichFlagsCleared() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    ActionReview review = report.actions().orElseThrow();
    assertTrue(review.followUp());
    assertEquals(Optional.of("fair-2024"), review.planRoundId());
    assertEquals(Optional.of("fair-2025"), review.checkedRoundId());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 19)), review.checkedOn());
    assertEquals(
        List.of("a02", "a03"),
        review.actions().stream()
            .filter(ActionCheck::overdueAndStillFlagged)
            .map(c -> c.action().id())
            .toList());
    ActionCheck letters = check(review, "a07");
    assertFalse(letters.due(), "due in January 2026, after the 2025 review");
    assertFalse(letters.stillFlagged());
    ActionCheck venue = check(review, "a05");
    assertTrue(venue.due());
    assertFalse(venue.stillFlagged());
    // Done, and the second year's own records and raters clear its flag.
    ActionCheck start = check(review, "a01");
    assertEquals(ActionStatus.DONE, start.action().status());
    assertFalse(start.stillFlagged());
    assertFalse(start.overdueAndStillFlagged());
  }

  @Test
  void anActionMarkedDoneWhoseFlagIsStillRaisedIsDoneButNotClearedAndNotCalledOverdue() {
    Evaluation evaluation = DoneButStillFlagged.fair();
    EvaluationReport report = Evaluator.evaluate(evaluation);
    assertTrue(
        report.latest().redFlags().stream()
            .anyMatch(f -> f.itemId().equals(DoneButStillFlagged.ITEM_ID)),
        "the second year still flags the item");
    ActionReview review = report.actions().orElseThrow();
    ActionCheck done = check(review, DoneButStillFlagged.ACTION_ID);
    assertEquals(ActionStatus.DONE, done.action().status());
    assertTrue(done.due());
    assertTrue(done.stillFlagged(), "done is not the same as cleared");
    assertFalse(done.overdueAndStillFlagged(), "a done action is not overdue");
    // The other expenses action is still open, late, and its flag still raised.
    assertEquals(
        List.of("a03"),
        review.actions().stream()
            .filter(ActionCheck::overdueAndStillFlagged)
            .map(c -> c.action().id())
            .toList());
    String markdown = ReportFormat.MARKDOWN.render(report, evaluation.checklistInUse());
    assertTrue(
        markdown.contains("The flag on " + DoneButStillFlagged.ITEM_ID + " is still raised."),
        markdown);
  }

  @Test
  void aPlanForTheLatestRoundIsListedAsMadeNotFollowedUp() {
    Evaluation fair = BundledExamples.load("opportunities-fair");
    EvaluationReport first = firstRound();
    Evaluation withFreshPlan =
        Evaluation.builder()
            .from(fair)
            .responses(fair.responsesInRound("fair-2024"))
            .actionPlan(draft())
            .build();
    ActionReview review = Evaluator.evaluate(withFreshPlan).actions().orElseThrow();
    assertFalse(review.followUp());
    assertTrue(review.actions().stream().allMatch(ActionCheck::stillFlagged));
    assertEquals(first.latest().redFlags().isEmpty(), review.actions().isEmpty());
  }

  private static ActionCheck check(ActionReview review, String id) {
    return review.actions().stream()
        .filter(c -> c.action().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
