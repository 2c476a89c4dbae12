package org.coproduction.scoring.jsonschema;

import static org.quicktheories.QuickTheory.qt;

import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.scoring.ScoringGenerators;
import org.coproduction.scoring.fairness.FairnessGenerators;
import org.coproduction.scoring.ladder.LadderGenerators;
import org.coproduction.scoring.representation.RepresentationGenerators;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every report the generators make, written by the library, matches its JSON Schema. */
class ScoringSchemaProperties {
  private static void everyWrittenDocumentMatches(String name, Gen<? extends Document> documents) {
    SchemaCheck schema = SchemaCheck.of(ScoringSchemasTest.FOLDER + name + ".schema.json");
    qt().forAll(documents).checkAssert(d -> schema.assertAccepts(Documents.write(d)));
  }

  @Test
  void everyWrittenScoreReportMatchesItsSchema() {
    everyWrittenDocumentMatches("score-report", ScoringGenerators.reports());
  }

  @Test
  void everyWrittenTrendReportMatchesItsSchema() {
    everyWrittenDocumentMatches("trend-report", ScoringGenerators.trends());
  }

  @Test
  void everyWrittenLadderAssessmentMatchesItsSchema() {
    everyWrittenDocumentMatches("ladder-assessment", LadderGenerators.assessments());
  }

  @Test
  void everyWrittenRepresentationReportMatchesItsSchema() {
    everyWrittenDocumentMatches("representation-report", RepresentationGenerators.reports());
  }

  @Test
  void everyWrittenFairnessReportMatchesItsSchema() {
    everyWrittenDocumentMatches("fairness-report", FairnessGenerators.reports());
  }
}
