package org.coproduction.checklist.jsonschema;

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
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.testsupport.SchemaCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of the checklist and the response set say what the reader says: every golden and
 * bundled document passes both, an edit that breaks a document's shape is refused by both, and the
 * hand-written documents under {@code schema-invalid} are refused by both.
 */
class ChecklistSchemasTest {
  static final String FOLDER = "/org/coproduction/checklist/json-schema/";

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
          new Kind(
              "checklist",
              Checklist.class,
              List.of(
                  "/golden/checklist.json",
                  "/org/coproduction/checklist/coproduction-police-1.0.json",
                  "/org/coproduction/checklist/recommendations-self-assessment-1.0.json")),
          new Kind("response-set", ResponseSet.class, List.of("/golden/response-set.json")));

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
          "Checklist",
          Set.of(
              "broken-based-on-itself.json",
              "broken-duplicate-field.json",
              "broken-item-duplicate-id.json",
              "broken-principles-framework-unknown.json"),
          "ResponseSet",
          Set.of("broken-duplicate-field.json", "broken-item-twice.json"));

  @Test
  void theFuzzCorporaBrokenDocumentsFailTheSchemaUnlessOnlyTheReaderCanTell() throws IOException {
    Map<String, Set<String>> accepted = new TreeMap<>();
    for (Kind kind : KINDS) {
      String type = kind.type().getSimpleName();
      Path folder =
          Path.of(
              "src/test/resources/org/coproduction/checklist/fuzz",
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
                  "org.coproduction.checklist",
                  "org.coproduction.core.people",
                  "org.coproduction.core.practice"));
    }
    assertTrue(compared > 0, "the schemas name no fixed lists");
  }

  @Test
  void theWeightMaximumIsTheReadersAndAWeightAtItIsAccepted() {
    JsonNode weight =
        JsonMapper.builder()
            .build()
            .readTree(SchemaCheck.text(FOLDER + "checklist.schema.json"))
            .at("/$defs/ChecklistItem/properties/weight");
    assertEquals(ChecklistItem.MAX_WEIGHT, weight.get("maximum").asDouble());
    String atMaximum =
        SchemaCheck.text("/golden/checklist.json")
            .replaceFirst("\"weight\" : [0-9.]+", "\"weight\" : 1000");
    SchemaCheck.of(FOLDER + "checklist.schema.json").assertAccepts(atMaximum);
    assertEquals(
        ChecklistItem.MAX_WEIGHT,
        Documents.read(atMaximum, Checklist.class).items().get(0).weight());
  }
}
