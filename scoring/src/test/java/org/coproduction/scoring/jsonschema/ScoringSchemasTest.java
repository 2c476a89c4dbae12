package org.coproduction.scoring.jsonschema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.fairness.FairnessReport;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.coproduction.scoring.representation.RepresentationReport;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the scoring results (score, trend, ladder, representation and fairness
 * reports) say what the reader says: every golden and bundled document passes both, an edit that
 * breaks a document's shape is refused by both, and the hand-written documents under {@code
 * schema-invalid} are refused by both.
 */
class ScoringSchemasTest {
  static final String FOLDER = "/org/coproduction/scoring/json-schema/";

  /** A document type, its schema and where its golden and bundled documents are. */
  record Kind(String name, Class<? extends Document> type, List<String> documents) {
    String schema() {
      return FOLDER + name + ".schema.json";
    }

    Function<String, Document> reader() {
      return json -> Documents.read(json, type);
    }
  }

  static final List<Kind> KINDS =
      List.of(
          new Kind("score-report", ScoreReport.class, List.of("/golden/score-report.json")),
          new Kind("trend-report", TrendReport.class, List.of("/golden/trend-report.json")),
          new Kind(
              "ladder-assessment",
              LadderAssessment.class,
              List.of("/golden/ladder-assessment.json")),
          new Kind(
              "representation-report",
              RepresentationReport.class,
              List.of("/golden/representation-report.json")),
          new Kind(
              "fairness-report", FairnessReport.class, List.of("/golden/fairness-report.json")));

  @Test
  void everySchemaIsAValidDraft202012Schema() {
    KINDS.forEach(k -> SchemaCheck.assertValidSchema(k.schema()));
  }

  @Test
  void everyGoldenAndBundledDocumentMatchesItsSchema() {
    for (Kind kind : KINDS) {
      SchemaCheck schema = SchemaCheck.of(kind.schema());
      for (String document : kind.documents()) {
        String json = SchemaCheck.text(document);
        kind.reader().apply(json);
        schema.assertAccepts(json);
      }
    }
  }

  @Test
  void editsOfTheGoldenDocumentsAreJudgedAlikeByTheSchemaAndTheReader() {
    for (Kind kind : KINDS) {
      SchemaCheck.of(kind.schema())
          .assertAgreesWithReaderOnEdits(
              SchemaCheck.text(kind.documents().get(0)),
              kind.reader(),
              CoProductionException.class);
    }
  }

  @Test
  void theHandWrittenInvalidDocumentsAreRefusedByTheSchemaAndTheReader() throws IOException {
    for (Kind kind : KINDS) {
      SchemaCheck schema = SchemaCheck.of(kind.schema());
      Path folder = Path.of("src/test/resources/schema-invalid", kind.name());
      List<Path> files;
      try (Stream<Path> listed = Files.list(folder)) {
        files = listed.sorted().toList();
      }
      assertFalse(files.isEmpty(), "no invalid " + kind.name() + " documents in " + folder);
      for (Path file : files) {
        schema.assertBothRefuse(
            kind.name() + "/" + file.getFileName(),
            Files.readString(file, StandardCharsets.UTF_8),
            kind.reader(),
            CoProductionException.class);
      }
    }
  }

  @Test
  void theFixedListsOfNamesAreTheJavaEnums() {
    int compared = 0;
    for (Kind kind : KINDS) {
      compared +=
          SchemaCheck.assertEnumsMatch(
              kind.schema(),
              List.of(
                  "org.coproduction.scoring",
                  "org.coproduction.scoring.fairness",
                  "org.coproduction.scoring.ladder",
                  "org.coproduction.scoring.representation",
                  "org.coproduction.scoring.agreement",
                  "org.coproduction.scoring.flags",
                  "org.coproduction.scoring.perspectives",
                  "org.coproduction.scoring.trend",
                  "org.coproduction.checklist",
                  "org.coproduction.core.people",
                  "org.coproduction.core.practice",
                  "org.coproduction.core.ledger",
                  "org.coproduction.core.initiative"));
    }
    assertTrue(compared > 0, "the schemas name no fixed lists");
  }
}
