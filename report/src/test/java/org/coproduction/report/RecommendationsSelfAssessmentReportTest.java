package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.report.questionnaire.QuestionnaireHtml;
import org.coproduction.report.questionnaire.QuestionnaireSettings;
import org.coproduction.scoring.AreaScore;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;

/**
 * The guide's recommendations as a self-assessment, answered on the progress scale by the raters of
 * a bundled example: it scores per piece of the jigsaw and renders as text, Markdown and HTML.
 */
class RecommendationsSelfAssessmentReportTest {
  static final Checklist SELF_ASSESSMENT = RecommendationsSelfAssessment.get();

  /** The progress codes a rater can give, answers first, then don't know and not applicable. */
  static final List<String> CODES = AnswerScales.PROGRESS.codes();

  /** The example's raters, each answering every item with the code {@code answer} picks. */
  static Evaluation evaluation(IntFunction<String> answer) {
    Evaluation example = BundledExamples.load("care-leavers");
    List<ResponseSet> sets = new ArrayList<>();
    int n = 0;
    for (ResponseSet set : example.responses()) {
      List<ItemResponse> answers = new ArrayList<>();
      for (ChecklistItem item : SELF_ASSESSMENT.items()) {
        answers.add(ItemResponse.of(item.id(), answer.apply(n++)));
      }
      sets.add(
          ResponseSet.builder()
              .from(set)
              .checklist(SELF_ASSESSMENT.ref())
              .answers(answers)
              .build());
    }
    return Evaluation.builder()
        .from(example)
        .checklist(SELF_ASSESSMENT)
        .responses(sets)
        .actionPlan(Optional.empty())
        .build();
  }

  /** Answers drawn at random, mostly on the scale and now and then don't know or not applicable. */
  static Evaluation generated(long seed) {
    Random random = new Random(seed);
    return evaluation(
        n -> CODES.get(random.nextInt(10) == 0 ? 4 + random.nextInt(2) : random.nextInt(4)));
  }

  @Test
  void generatedProgressAnswersScoreEveryItemOnTheProgressScale() {
    for (long seed = 1; seed <= 5; seed++) {
      Evaluation evaluation = generated(seed);
      EvaluationReport report = Evaluator.evaluate(evaluation);
      ScoreReport latest = report.latest();
      assertEquals(SELF_ASSESSMENT.ref(), latest.checklist());
      assertEquals(
          SELF_ASSESSMENT.itemIds(), latest.items().stream().map(ItemScore::itemId).toList());
      for (ItemScore item : latest.items()) {
        assertTrue(
            CODES.containsAll(item.answers().byAnswer().keySet()),
            item.itemId() + " counts " + item.answers().byAnswer().keySet());
        item.value().ifPresent(v -> assertTrue(v >= 0 && v <= 100, item.itemId() + " " + v));
      }
      assertEquals(
          List.of(JigsawArea.values()), latest.areas().stream().map(AreaScore::area).toList());
      assertEquals(report, Documents.read(Documents.write(report), EvaluationReport.class));
    }
  }

  @Test
  void anOrganisationThatHasEmbeddedEverythingScoresATopAndOneThatHasNotStartedABottomScore() {
    ScoreReport embedded = Evaluator.evaluate(evaluation(n -> "EMBEDDED")).latest();
    ScoreReport notStarted = Evaluator.evaluate(evaluation(n -> "NOT_STARTED")).latest();
    assertEquals(Optional.of(100.0), embedded.overall().value());
    assertTrue(embedded.redFlags().isEmpty(), embedded.redFlags().toString());
    assertEquals(Optional.of(0.0), notStarted.overall().value());
    assertFalse(notStarted.redFlags().isEmpty(), "nothing started is at the bottom of the scale");
  }

  @Test
  void generatedAnswersRenderAsTextMarkdownAndHtmlWithTheScalesLabels() {
    EvaluationReport report = Evaluator.evaluate(generated(7));
    assertFalse(report.latest().redFlags().isEmpty(), "this draw has items at the bottom");
    for (ReportFormat format :
        Set.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
      String rendered = format.render(report, SELF_ASSESSMENT);
      String lower = rendered.toLowerCase(Locale.ROOT);
      assertTrue(lower.contains("not started"), format.cliName() + " shows no progress labels");
      assertTrue(lower.contains("embedded"), format.cliName() + " shows no progress labels");
      assertFalse(rendered.contains(" 0 yes,"), format.cliName() + " shows yes/partly/no");
      for (JigsawArea area : JigsawArea.values()) {
        String name = area.name().toLowerCase(Locale.ROOT);
        assertTrue(lower.contains(name), format.cliName() + " leaves out the " + name + " piece");
      }
      for (RedFlag flag : report.latest().redFlags()) {
        assertTrue(
            rendered.contains(flag.itemId()), format.cliName() + " leaves out " + flag.itemId());
      }
    }
  }

  @Test
  void theQuestionnaireFormAsksEveryItemOnTheProgressScale() {
    String form =
        QuestionnaireHtml.render(
            SELF_ASSESSMENT, QuestionnaireSettings.of("our-organisation", Optional.empty()));
    assertTrue(form.contains("On the way"), "the form offers no progress answers");
    assertTrue(form.contains("We always do this now"), "the form offers no easy-read answers");
    for (ChecklistItem item : SELF_ASSESSMENT.items()) {
      assertTrue(form.contains(item.id()), "the form leaves out " + item.id());
    }
  }
}
