package org.coproduction.report;

import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * An evaluation with answers to the ladder questionnaire, and its report with the rung people
 * chose, pass their schemas, and the schemas agree with the reader on edits near the new fields.
 */
class LadderAnswersSchemaTest {
  private static final String FOLDER = "/org/coproduction/report/json-schema/";

  @Test
  void anEvaluationWithLadderResponsesPassesItsSchema() {
    String json = Documents.write(LadderQuestionnaireReportTest.withLadderAnswers());
    SchemaCheck schema = SchemaCheck.of(FOLDER + "evaluation.schema.json");
    schema.assertAccepts(json);
    schema.assertAgreesWithReaderOnEdits(
        json, j -> Documents.read(j, Evaluation.class), CoProductionException.class, 2);
  }

  @Test
  void aReportWithLadderAnswersPassesItsSchema() {
    String json =
        Documents.write(Evaluator.evaluate(LadderQuestionnaireReportTest.withLadderAnswers()));
    SchemaCheck schema = SchemaCheck.of(FOLDER + "evaluation-report.schema.json");
    schema.assertAccepts(json);
    schema.assertAgreesWithReaderOnEdits(
        json, j -> Documents.read(j, EvaluationReport.class), CoProductionException.class, 2);
  }
}
