package org.coproduction.core.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.SourceCatalogue;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.practice.RecommendationCatalogue;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of core's documents say what the reader says: every golden and bundled document
 * passes both, an edit that breaks a document's shape is refused by both, and the hand-written
 * documents under {@code schema-invalid} are refused by both.
 */
class CoreSchemasTest {
  static final String FOLDER = "/org/coproduction/core/json-schema/";

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
          new Kind("initiative", Initiative.class, List.of("/golden/initiative.json")),
          new Kind(
              "reciprocity-ledger",
              ReciprocityLedger.class,
              List.of("/golden/reciprocity-ledger.json")),
          new Kind(
              "principle-framework",
              PrincipleFramework.class,
              List.of(
                  "/golden/principle-framework.json",
                  "/org/coproduction/core/principle/guide.json",
                  "/org/coproduction/core/principle/duneane.json",
                  "/org/coproduction/core/principle/pathway.json")),
          new Kind(
              "source-catalogue",
              SourceCatalogue.class,
              List.of("/org/coproduction/core/sources.json")),
          new Kind(
              "recommendation-catalogue",
              RecommendationCatalogue.class,
              List.of(
                  "/golden/recommendation-catalogue.json",
                  "/org/coproduction/core/practice/recommendations.json")));

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

  /**
   * The fuzz corpora's broken documents that are well-formed JSON and still pass the schema: each
   * breaks a rule only the reader checks, listed in SCHEMAS.md.
   */
  static final Map<String, Set<String>> READER_ONLY =
      Map.of(
          "Initiative",
          Set.of(
              "broken-duplicate-field.json",
              "broken-invited-nobody-known.json",
              "broken-meeting-body-unknown.json",
              "broken-meeting-ends-before-it-starts.json",
              "broken-suggestion-meeting-unknown.json"),
          "PrincipleFramework",
          Set.of("broken-duplicate-field.json", "broken-principle-duplicate-id.json"),
          "ReciprocityLedger",
          Set.of(
              "broken-contributor-unknown.json",
              "broken-duplicate-field.json",
              "broken-hours-enormous.json",
              "broken-hours-too-many-to-add-up.json",
              "broken-money-other-currency.json",
              "broken-money-too-much-to-add-up.json",
              "broken-transfer-to-self.json"),
          "RecommendationCatalogue",
          Set.of("broken-duplicate-field.json"),
          "SourceCatalogue",
          Set.of(
              "broken-date-not-a-day.json",
              "broken-duplicate-key.json",
              "broken-updated-before-date.json"));

  @Test
  void theFuzzCorporaBrokenDocumentsFailTheSchemaUnlessOnlyTheReaderCanTell() throws IOException {
    Map<String, Set<String>> accepted = new TreeMap<>();
    for (Kind kind : KINDS) {
      String type = kind.type().getSimpleName();
      Path folder =
          Path.of(
              "src/test/resources/org/coproduction/core/fuzz",
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
                  "org.coproduction.core.people",
                  "org.coproduction.core.practice",
                  "org.coproduction.core.initiative",
                  "org.coproduction.core.ledger",
                  "org.coproduction.core.principle"));
    }
    assertTrue(compared > 0, "the schemas name no fixed lists");
  }
}
