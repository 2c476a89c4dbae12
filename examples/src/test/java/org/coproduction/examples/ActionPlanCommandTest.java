package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.report.actions.ActionPlan;
import org.coproduction.report.actions.ActionReview;
import org.coproduction.report.actions.ActionStatus;
import org.coproduction.report.actions.PlannedAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code action-plan} command drafts a plan that reads back strictly, and the whole cycle works
 * across the fair's two rounds: draft after 2024, edit, put it in the evaluation, and the 2025
 * report follows it up.
 */
class ActionPlanCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ActionPlanCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void draftsThePlanForTheFairsFirstRoundDueByTheNextRound() {
    Run run = run("--example", "opportunities-fair", "--round", "fair-2024");
    assertEquals(0, run.code(), run.err());
    ActionPlan plan = Documents.read(run.out(), ActionPlan.class);
    assertEquals("opportunities-fair", plan.evaluationId());
    assertTrue(!plan.actions().isEmpty());
    for (PlannedAction action : plan.actions()) {
      assertEquals("fair-2025", action.clearByRoundId());
      assertEquals(LocalDate.of(2025, 11, 19), action.dueBy());
    }
  }

  @Test
  void theCycleWorksAcrossTwoRounds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Run run =
        run(
            "--example",
            "opportunities-fair",
            "--round",
            "fair-2024",
            "--due",
            "2025-06-30",
            "--output",
            file.toString());
    assertEquals(0, run.code(), run.err());
    ActionPlan draft = Documents.read(file, ActionPlan.class);
    // People mark the first action done; the rest stay as drafted.
    List<PlannedAction> edited =
        draft.actions().stream()
            .map(
                a ->
                    a.id().equals("a01")
                        ? PlannedAction.builder()
                            .from(a)
                            .status(ActionStatus.DONE)
                            .note("Volunteers plan with us.")
                            .build()
                        : a)
            .toList();
    Evaluation fair =
        Evaluation.builder()
            .from(Examples.load("opportunities-fair"))
            .actionPlan(ActionPlan.builder().from(draft).actions(edited).build())
            .build();
    EvaluationReport report = Evaluator.evaluate(fair);
    ActionReview review = report.actions().orElseThrow();
    assertTrue(review.followUp());
    assertTrue(review.actions().stream().allMatch(c -> c.due()));
    // Every flag still raised in 2025 with an open action is named as overdue.
    long overdue = review.actions().stream().filter(c -> c.overdueAndStillFlagged()).count();
    long openAndFlagged =
        review.actions().stream()
            .filter(c -> c.action().status().open() && c.stillFlagged())
            .count();
    assertEquals(openAndFlagged, overdue);
    assertTrue(overdue > 0);
    String markdown = ReportFormat.MARKDOWN.render(report, fair.checklistInUse());
    assertTrue(markdown.contains("### Overdue, and the flag is still raised"), markdown);
  }

  @Test
  void aRoundTheInitiativeLacksIsAFileProblem() {
    Run run = run("--example", "opportunities-fair", "--round", "fair-2030");
    assertEquals(2, run.code());
    assertEquals(
        "action-plan: example opportunities-fair: the initiative has no review round 'fair-2030'",
        run.err().strip());
  }

  @Test
  void withOneRoundAndNoClearByTheCommandSaysWhatToGive() {
    Run run = run("--example", "care-leavers");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("give one with --clear-by"), run.err());
  }

  @Test
  void aDateThatIsNotADateIsAUsageError() {
    Run run = run("--example", "care-leavers", "--due", "next week");
    assertEquals(64, run.code());
    assertTrue(run.err().startsWith("action-plan: --due needs a date"), run.err());
  }
}
