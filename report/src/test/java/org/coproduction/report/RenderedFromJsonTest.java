package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.checklist.Checklist;
import org.coproduction.core.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format is rendered from values the JSON report carries (with the checklist for the items'
 * wording), so whatever the JSON report keeps back, no other format can show: a reader of any
 * format learns no more than a reader of the JSON, and the disclosure tests on the JSON cover them
 * all.
 */
class RenderedFromJsonTest {
  static java.util.List<String> examples() {
    return BundledExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyFormatReadsTheSameFromTheReportReadBackFromItsJson(String example) {
    Evaluation evaluation = BundledExamples.load(example);
    Checklist checklist = evaluation.checklistInUse();
    EvaluationReport inMemory = Evaluator.evaluate(evaluation);
    EvaluationReport readBack = Documents.read(Documents.write(inMemory), EvaluationReport.class);
    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(
          format.render(inMemory, checklist),
          format.render(readBack, checklist),
          example + " as " + format.cliName());
    }
  }
}
