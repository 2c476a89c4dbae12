package org.coproduction.report.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.actions.ActionPlan;
import org.coproduction.report.survey.SurveyMapping;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the evaluation, the survey mapping and the evaluation report say what the
 * reader says: every golden and bundled document (and the report of every bundled example) passes
 * both, an edit that breaks a document's shape is refused by both, and the hand-written documents
 * under {@code schema-invalid} are refused by both.
 */
class ReportSchemasTest {
  static final String FOLDER = "/org/coproduction/report/json-schema/";

  /** A document type, its schema and the documents it is checked on, the first one edited. */
  record Kind(String name, Class<? extends Document> type, Supplier<List<String>> documents) {
    String schema() {
      return FOLDER + name + ".schema.json";
    }

    Function<String, Document> reader() {
      return json -> Documents.read(json, type);
    }
  }

  static final List<Kind> KINDS =
      List.of(
          new Kind("evaluation", Evaluation.class, ReportSchemasTest::evaluations),
          new Kind(
              "survey-mapping",
              SurveyMapping.class,
              () ->
                  List.of(
                      SchemaCheck.text("/golden/survey-mapping.json"),
                      BundledExamples.sampleSurveyMappingText())),
          new Kind("evaluation-report", EvaluationReport.class, ReportSchemasTest::reports),
          new Kind(
              "action-plan",
              ActionPlan.class,
              () ->
                  List.of(
                      SchemaCheck.text("/golden/action-plan.json"),
                      Documents.write(
                          BundledExamples.load("opportunities-fair").actionPlan().orElseThrow()))));

  private static List<String> evaluations() {
    List<String> out = new ArrayList<>(List.of(SchemaCheck.text("/golden/evaluation.json")));
    BundledExamples.names().forEach(n -> out.add(Documents.write(BundledExamples.load(n))));
    return out;
  }

  private static List<String> reports() {
    List<String> out = new ArrayList<>();
    BundledExamples.names()
        .forEach(n -> out.add(Documents.write(Evaluator.evaluate(BundledExamples.load(n)))));
    return out;
  }

  @Test
  void everySchemaIsAValidDraft202012Schema() {
    KINDS.forEach(k -> SchemaCheck.assertValidSchema(k.schema()));
  }

  @Test
  void everyGoldenAndBundledDocumentMatchesItsSchema() {
    for (Kind kind : KINDS) {
      SchemaCheck schema = SchemaCheck.of(kind.schema());
      for (String json : kind.documents().get()) {
        kind.reader().apply(json);
        schema.assertAccepts(json);
      }
    }
  }

  /**
   * Edits reach two levels down: the documents held inside (initiative, ledger, checklist, answers,
   * reports) are edited everywhere by their own modules' tests.
   */
  @Test
  void editsOfTheGoldenDocumentsAreJudgedAlikeByTheSchemaAndTheReader() {
    for (Kind kind : KINDS) {
      SchemaCheck.of(kind.schema())
          .assertAgreesWithReaderOnEdits(
              kind.documents().get().get(0), kind.reader(), CoProductionException.class, 2);
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

  /**
   * The fuzz corpora's broken documents that are well-formed JSON and still pass the schema: each
   * breaks a rule only the reader checks, listed in SCHEMAS.md.
   */
  static final Map<String, Set<String>> READER_ONLY =
      Map.of(
          "Evaluation",
          Set.of(),
          "SurveyMapping",
          Set.of(),
          "ActionPlan",
          Set.of("broken-cleared-by-its-own-round.json"));

  @Test
  void theFuzzCorporaBrokenDocumentsFailTheSchemaUnlessOnlyTheReaderCanTell() throws IOException {
    Map<String, Set<String>> accepted = new TreeMap<>();
    for (Kind kind : KINDS) {
      if (kind.type() == EvaluationReport.class) {
        continue; // a report is written by the library, never read from people's files
      }
      String type = kind.type().getSimpleName();
      Path folder =
          Path.of(
              "src/test/resources/org/coproduction/report/fuzz",
              type + "FuzzTestInputs",
              "anyTextReadsOrIsRefused");
      accepted.put(type, SchemaCheck.of(kind.schema()).brokenDocumentsTheSchemaAccepts(folder));
    }
    assertEquals(new TreeMap<>(READER_ONLY), accepted);
  }

  @Test
  void theFixedListsOfNamesAreTheJavaEnums() {
    int compared = 0;
    for (Kind kind : KINDS) {
      compared +=
          SchemaCheck.assertEnumsMatch(
              kind.schema(),
              List.of(
                  "org.coproduction.report",
                  "org.coproduction.report.survey",
                  "org.coproduction.report.actions",
                  "org.coproduction.scoring",
                  "org.coproduction.scoring.fairness",
                  "org.coproduction.scoring.ladder",
                  "org.coproduction.scoring.representation",
                  "org.coproduction.scoring.agreement",
                  "org.coproduction.scoring.flags",
                  "org.coproduction.scoring.perspectives",
                  "org.coproduction.scoring.trend",
                  "org.coproduction.scoring.crosswalk",
                  "org.coproduction.checklist",
                  "org.coproduction.core.people",
                  "org.coproduction.core.practice",
                  "org.coproduction.core.ledger",
                  "org.coproduction.core.initiative"));
    }
    assertTrue(compared > 0, "the schemas name no fixed lists");
  }

  @Test
  void aChecklistWeightAboveTheMaximumIsRefusedByTheEvaluationSchemaAndTheReader() {
    Evaluation example = BundledExamples.load("care-leavers");
    Checklist built = BuiltInChecklist.get();
    List<ChecklistItem> items = new ArrayList<>(built.items());
    items.set(0, ChecklistItem.copyOf(items.get(0)).weight(ChecklistItem.MAX_WEIGHT).build());
    Checklist heavy = Checklist.builder().from(built).id("heavy").version("1").items(items).build();
    Evaluation evaluation =
        Evaluation.builder()
            .from(example)
            .checklist(heavy)
            .responses(
                example.responses().stream()
                    .map(r -> ResponseSet.builder().from(r).checklist(heavy.ref()).build())
                    .toList())
            .build();
    String atMaximum = Documents.write(evaluation);
    SchemaCheck schema = SchemaCheck.of(FOLDER + "evaluation.schema.json");
    schema.assertAccepts(atMaximum);
    String above = atMaximum.replaceFirst("\"weight\" : 1000\\.0", "\"weight\" : 1000.5");
    assertFalse(above.equals(atMaximum), "the edit missed the weight");
    schema.assertBothRefuse(
        "evaluation with a weight of 1000.5",
        above,
        json -> Documents.read(json, Evaluation.class),
        CoProductionException.class);
  }
}
