package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.checklist.AnswerOption;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.scoring.ItemScore;
import org.junit.jupiter.api.Test;

/**
 * A five-point instrument of our own: the built-in items, asked as "how true is this?" on a scale
 * the checklist document defines, answered by the raters of a bundled example. It scores, flags and
 * renders in every format, with answers shown by the scale's labels.
 */
class FivePointInstrumentTest {
  static final AnswerScale HOW_TRUE =
      AnswerScale.builder()
          .id("how-true")
          .title("How true is this?")
          .addOptions(
              AnswerOption.answer("COMPLETELY", "Completely true", "Always true", 100),
              AnswerOption.answer("MOSTLY", "Mostly true", "Mostly true", 75),
              AnswerOption.answer("HALF", "Half true", "Sometimes true", 50),
              AnswerOption.answer("HARDLY", "Hardly true", "Hardly ever true", 25),
              AnswerOption.answer("NOT_AT_ALL", "Not true at all", "Never true", 0))
          .addNotAnswers(AnswerOption.notAnAnswer("NOT_SURE", "Not sure", "I am not sure"))
          .build();

  static final Checklist HOW_TRUE_CHECKLIST =
      Checklist.builder()
          .from(BuiltInChecklist.get())
          .id("how-true-audit")
          .version("1")
          .title("How true is it? Our own audit")
          .scaleId("how-true")
          .scales(List.of(HOW_TRUE))
          .answerCodes(HOW_TRUE.codes())
          .build();

  /** The bundled example's answers moved onto the five points, raters varying their answers. */
  static Evaluation evaluation() {
    Evaluation example = BundledExamples.load("care-leavers");
    List<ResponseSet> moved = new ArrayList<>();
    int rater = 0;
    for (ResponseSet set : example.responses()) {
      List<ItemResponse> answers = new ArrayList<>();
      for (ItemResponse r : set.answers()) {
        answers.add(
            ItemResponse.builder().from(r).answerCode(fivePoint(r.answerCode(), rater)).build());
      }
      moved.add(
          ResponseSet.builder()
              .from(set)
              .checklist(HOW_TRUE_CHECKLIST.ref())
              .answers(answers)
              .build());
      rater++;
    }
    return Evaluation.builder()
        .from(example)
        .checklist(HOW_TRUE_CHECKLIST)
        .responses(moved)
        .build();
  }

  private static String fivePoint(String yesPartlyNo, int rater) {
    boolean odd = rater % 2 == 1;
    switch (yesPartlyNo) {
      case "YES":
        return odd ? "MOSTLY" : "COMPLETELY";
      case "PARTLY":
        return "HALF";
      case "NO":
        return odd ? "HARDLY" : "NOT_AT_ALL";
      default:
        return "NOT_SURE";
    }
  }

  @Test
  void theInstrumentSurvivesWritingAndReading() {
    Evaluation evaluation = evaluation();
    assertEquals(evaluation, Documents.read(Documents.write(evaluation), Evaluation.class));
  }

  @Test
  void itScoresOnItsOwnScaleAndCountsByItsCodes() {
    EvaluationReport report = Evaluator.evaluate(evaluation());
    ItemScore first = report.latest().items().get(0);
    Map<String, Integer> counts = first.answers().byAnswer();
    assertEquals(
        List.of("NOT_AT_ALL", "HARDLY", "HALF", "MOSTLY", "COMPLETELY"),
        List.copyOf(counts.keySet()));
    assertEquals(first.raters(), counts.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(report, Documents.read(Documents.write(report), EvaluationReport.class));
  }

  private static final Set<ReportFormat> CODES_OR_NO_COUNTS =
      EnumSet.of(
          ReportFormat.JSON,
          ReportFormat.TIDY_SCORES,
          ReportFormat.TIDY_FLAGS,
          ReportFormat.TIDY_SUGGESTIONS,
          ReportFormat.TIDY_FAIRNESS,
          ReportFormat.TIDY_CROSSWALK,
          ReportFormat.EASY_READ_MARKDOWN,
          ReportFormat.EASY_READ_HTML);

  @Test
  void everyFormatRendersTheAnswersByTheScalesLabels() {
    EvaluationReport report = Evaluator.evaluate(evaluation());
    assertFalse(report.latest().redFlags().isEmpty(), "the example has answers at the bottom");
    for (ReportFormat format : ReportFormat.values()) {
      String rendered = format.render(report, HOW_TRUE_CHECKLIST);
      assertFalse(rendered.isBlank(), format.cliName());
      // JSON and the tidy tables give codes or no counts; the easy-read report gives no counts.
      if (!CODES_OR_NO_COUNTS.contains(format)) {
        assertTrue(rendered.contains("not true at all"), format.cliName() + " shows no labels");
        assertFalse(rendered.contains(" 0 yes,"), format.cliName() + " shows yes/partly/no");
      }
    }
  }
}
