package org.coproduction.report.jsonschema;

import static org.quicktheories.QuickTheory.qt;

import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationGenerators;
import org.coproduction.report.Evaluator;
import org.coproduction.report.actions.ActionPlanGenerators;
import org.coproduction.report.survey.SurveyGenerators;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation and survey mapping the generators make, and the report of every generated
 * evaluation, written by the library, matches its JSON Schema.
 */
class ReportSchemaProperties {
  private static SchemaCheck schema(String name) {
    return SchemaCheck.of(ReportSchemasTest.FOLDER + name + ".schema.json");
  }

  @Test
  void everyWrittenEvaluationMatchesItsSchema() {
    SchemaCheck schema = schema("evaluation");
    qt().forAll(EvaluationGenerators.evaluations())
        .checkAssert(e -> schema.assertAccepts(Documents.write(e)));
  }

  @Test
  void everyWrittenEvaluationReportMatchesItsSchema() {
    SchemaCheck schema = schema("evaluation-report");
    qt().forAll(EvaluationGenerators.evaluations())
        .assuming(ReportSchemaProperties::canBeScored)
        .checkAssert(e -> schema.assertAccepts(Documents.write(Evaluator.evaluate(e))));
  }

  /**
   * Whether the evaluator can score it: a valid evaluation may still have nothing to score, such as
   * no answers, or rounds a trend cannot tell apart.
   */
  private static boolean canBeScored(Evaluation evaluation) {
    try {
      Evaluator.evaluate(evaluation);
      return true;
    } catch (CoProductionException e) {
      return false;
    }
  }

  @Test
  void everyWrittenActionPlanMatchesItsSchema() {
    SchemaCheck schema = schema("action-plan");
    qt().forAll(ActionPlanGenerators.plans())
        .checkAssert(p -> schema.assertAccepts(Documents.write(p)));
  }

  @Test
  void everyWrittenSurveyMappingMatchesItsSchema() {
    SchemaCheck schema = schema("survey-mapping");
    qt().forAll(SurveyGenerators.mappings())
        .checkAssert(m -> schema.assertAccepts(Documents.write(m)));
  }
}
