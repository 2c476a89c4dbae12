package org.coproduction.report;

import static org.coproduction.report.EvaluationGenerators.evaluations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class EvaluationProperties {
  @Test
  void everyEvaluationSurvivesARoundTripThroughJson() {
    qt().withExamples(200)
        .forAll(evaluations())
        .checkAssert(e -> assertEquals(e, Documents.read(Documents.write(e), Evaluation.class)));
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(200)
        .forAll(evaluations())
        .checkAssert(
            e -> {
              String once = Documents.write(e);
              assertEquals(once, Documents.write(Documents.read(once, Evaluation.class)));
            });
  }

  @Test
  void onlyTheRootCarriesASchemaVersion() {
    qt().withExamples(100)
        .forAll(evaluations())
        .checkAssert(
            e -> {
              String json = Documents.write(e);
              assertEquals(
                  json.indexOf("\"schemaVersion\""), json.lastIndexOf("\"schemaVersion\""));
              assertFalse(json.indexOf("\"schemaVersion\"") < 0);
            });
  }
}
