package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/**
 * On an instrument answered on another scale than yes, partly and no, the report's sentences name
 * that scale's answers (or speak of answers neutrally) and never say "yes, partly or no": tried on
 * the four-point progress scale and the five-point agreement scale, in every format.
 */
class ScaleNeutralSentencesTest {
  private static final Checklist PROGRESS = RecommendationsSelfAssessmentReportTest.SELF_ASSESSMENT;

  /** The same items on the five-point agreement scale. */
  private static final Checklist AGREEMENT =
      Checklist.builder()
          .from(PROGRESS)
          .id("recommendations-agreement")
          .scaleId(AnswerScales.AGREEMENT.id())
          .answerCodes(AnswerScales.AGREEMENT.codes())
          .build();

  @Test
  void aProgressInstrumentWithoutFlagsNamesItsValuesAndItsBottomAnswer() {
    EvaluationReport report = Evaluator.evaluate(evaluation(PROGRESS, n -> "EMBEDDED"));
    String markdown = ReportFormat.MARKDOWN.render(report, PROGRESS);
    assertTrue(
        markdown.contains(
            "Scores run from 0 to 100: each answer counts its value on the scale, embedded 100, on"
                + " the way 66.7, started 33.3 and not started 0; 'don't know' and 'does not"
                + " apply' never count."),
        markdown);
    assertTrue(
        markdown.contains(
            "No red flags: on no item did 33% or more of the raters choose 'not started', and the"
                + " records said no to none."),
        markdown);
    assertNoYesPartlyNo(report, PROGRESS);
  }

  @Test
  void anAgreementInstrumentFlagsByItsBottomAnswerInItsOwnWords() {
    EvaluationReport report = Evaluator.evaluate(evaluation(AGREEMENT, n -> "STRONGLY_DISAGREE"));
    assertFalse(report.latest().redFlags().isEmpty());
    String markdown = ReportFormat.MARKDOWN.render(report, AGREEMENT);
    assertTrue(
        markdown.contains("at least 33% of the raters who answered chose 'strongly disagree', or"),
        markdown);
    assertTrue(
        markdown.contains("% chose 'strongly disagree', the bottom of the scale."), markdown);
    String sarif = ReportFormat.SARIF.render(report, AGREEMENT);
    assertTrue(sarif.contains("Flagged because raters answer at the bottom of the scale."), sarif);
    assertNoYesPartlyNo(report, AGREEMENT);
  }

  @Test
  void groupsAndScoresWithoutAnswersSayNothingOfYesOrNo() {
    ScoreReport latest =
        Evaluator.evaluate(evaluation(AGREEMENT, n -> n % 2 == 0 ? "DONT_KNOW" : "NOT_APPLICABLE"))
            .latest();
    assertEquals(
        "No item here has an answer that counts, so there is no score.", latest.overall().reason());
    GroupScore nobody = latest.overall().byGroup().group(InterestGroup.MEMBERS_OF_THE_PUBLIC);
    assertEquals(Visibility.NO_RATERS, nobody.visibility());
    assertEquals("This group has no answer that counts on these items.", nobody.reason());
    assertEquals(
        "This group has no answer that counts here.",
        latest.items().get(0).byGroup().group(InterestGroup.MEMBERS_OF_THE_PUBLIC).reason());
  }

  @Test
  void anInstrumentOnTwoScalesSpeaksOfTheBottomOfEachItemsScale() {
    List<ChecklistItem> items = new ArrayList<>(PROGRESS.items());
    items.set(
        0, ChecklistItem.builder().from(items.get(0)).scaleId(AnswerScales.AGREEMENT.id()).build());
    Checklist mixed =
        Checklist.builder().from(PROGRESS).id("recommendations-mixed").items(items).build();
    String first = items.get(0).id();
    EvaluationReport report =
        Evaluator.evaluate(
            evaluation(
                mixed, (item, n) -> item.equals(first) ? "STRONGLY_DISAGREE" : "ON_THE_WAY"));
    String markdown = ReportFormat.MARKDOWN.render(report, mixed);
    assertTrue(
        markdown.contains(
            "Scores run from 0 to 100: each answer counts its value on its item's scale, from 0 at"
                + " the bottom to 100 at the top;"),
        markdown);
    assertTrue(
        markdown.contains("of the raters who answered gave the bottom answer of the item's scale"),
        markdown);
    assertNoYesPartlyNo(report, mixed);
  }

  @Test
  void theYesPartlyNoChecklistReadsAsItAlwaysHas() {
    Evaluation example = BundledExamples.load("care-leavers");
    EvaluationReport report = Evaluator.evaluate(example);
    String markdown = ReportFormat.MARKDOWN.render(report, example.checklistInUse());
    assertTrue(
        markdown.contains(
            "each yes counts 100, partly 50 and no 0; don't know and not applicable are left out."),
        markdown);
    assertTrue(markdown.contains("The Co-production Police and accountability"), markdown);
  }

  private static void assertNoYesPartlyNo(EvaluationReport report, Checklist checklist) {
    for (ReportFormat format : ReportFormat.values()) {
      String text = format.render(report, checklist);
      for (String words :
          List.of(
              "yes, partly or no",
              "each yes counts",
              "raters say no",
              "raters who answered said no",
              "% said no",
              "Co-production Police")) {
        assertFalse(text.contains(words), format.cliName() + " says '" + words + "'");
      }
    }
  }

  /** A bundled example's raters, each answering every item of the checklist as told. */
  private static Evaluation evaluation(Checklist checklist, IntFunction<String> answer) {
    return evaluation(checklist, (item, n) -> answer.apply(n));
  }

  /** The same, with the answer chosen by item id and a running count. */
  private static Evaluation evaluation(
      Checklist checklist, BiFunction<String, Integer, String> answer) {
    Evaluation example = BundledExamples.load("care-leavers");
    List<ResponseSet> sets = new ArrayList<>();
    int n = 0;
    for (ResponseSet set : example.responses()) {
      List<ItemResponse> answers = new ArrayList<>();
      for (ChecklistItem item : checklist.items()) {
        answers.add(ItemResponse.of(item.id(), answer.apply(item.id(), n++)));
      }
      sets.add(ResponseSet.builder().from(set).checklist(checklist.ref()).answers(answers).build());
    }
    return Evaluation.builder()
        .from(example)
        .checklist(checklist)
        .responses(sets)
        .actionPlan(Optional.empty())
        .build();
  }
}
