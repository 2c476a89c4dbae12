package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.practice.RecommendationCatalogue;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 host's own mapper with {@link CoProductionJacksonModule} registered reads and writes
 * every core document type as {@link Documents} does: the same values from the same text, the same
 * text from the same values, and the same refusal, word for word once {@link
 * CoProductionJacksonModule#problem} has turned the host's exception into the library's, for every
 * golden document, every hand-written invalid document and every committed fuzz input.
 */
class HostMapperTest {
  /** A host as a plain Jackson 3 application builds it, with the library's limits added. */
  static final JsonMapper HOST =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(CoProductionJacksonModule.readLimits())
                  .build())
          .addModule(new CoProductionJacksonModule())
          .build();

  /** A host that is lenient about its own types, as Spring Boot's defaults are. */
  static final JsonMapper LENIENT_HOST =
      JsonMapper.builder()
          .addModule(new CoProductionJacksonModule())
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  static final Map<String, Class<? extends Document>> CORE_TYPES =
      Map.of(
          "initiative", Initiative.class,
          "reciprocity-ledger", ReciprocityLedger.class,
          "principle-framework", PrincipleFramework.class,
          "recommendation-catalogue", RecommendationCatalogue.class,
          "source-catalogue", SourceCatalogue.class);

  static final Map<String, Class<? extends Document>> FUZZ_TARGETS =
      Map.of(
          "InitiativeFuzzTestInputs", Initiative.class,
          "ReciprocityLedgerFuzzTestInputs", ReciprocityLedger.class,
          "PrincipleFrameworkFuzzTestInputs", PrincipleFramework.class,
          "RecommendationCatalogueFuzzTestInputs", RecommendationCatalogue.class,
          "SourceCatalogueFuzzTestInputs", SourceCatalogue.class);

  /** A value of the host's own that holds a document, as an evaluation holds its initiative. */
  record Upload(String who, Initiative initiative) {}

  @Test
  void theGoldenDocumentsReadAndWriteAsDocumentsDoes() throws IOException {
    int checked = 0;
    for (Path file : files(Path.of("src/test/resources/golden"))) {
      String kind = file.getFileName().toString().replace(".json", "");
      Class<? extends Document> type = CORE_TYPES.get(kind);
      assertSame(Files.readString(file, StandardCharsets.UTF_8), type, file.toString());
      checked++;
    }
    assertEquals(4, checked);
  }

  @Test
  void theBuiltInDocumentsWriteAsDocumentsWritesThem() {
    for (Document document :
        List.<Document>of(
            Sources.catalogue(), org.coproduction.core.principle.PrincipleFrameworks.guide())) {
      String expected = Documents.write(document);
      assertEquals(expected, LENIENT_HOST.writeValueAsString(document) + "\n");
      assertEquals(
          expected.strip(), HOST.writerWithDefaultPrettyPrinter().writeValueAsString(document));
      assertSame(expected, document.getClass(), document.getClass().getSimpleName());
    }
  }

  @Test
  void everyInvalidDocumentIsRefusedWithTheSameMessage() throws IOException {
    int refused = 0;
    for (Map.Entry<String, Class<? extends Document>> kind : CORE_TYPES.entrySet()) {
      for (Path file : files(Path.of("src/test/resources/schema-invalid", kind.getKey()))) {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertSame(json, kind.getValue(), file.toString());
        refused++;
      }
    }
    assertTrue(refused >= 20, "only " + refused + " invalid documents");
  }

  @Test
  void everyFuzzInputIsReadOrRefusedAsDocumentsDoes() throws IOException {
    Path root = Path.of("src/test/resources/org/coproduction/core/fuzz");
    int checked = 0;
    for (Map.Entry<String, Class<? extends Document>> target : FUZZ_TARGETS.entrySet()) {
      for (Path file : files(root.resolve(target.getKey()).resolve("anyTextReadsOrIsRefused"))) {
        String json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
          // Documents skips a byte-order mark; a host's mapper reading text leaves that to it.
          json = json.substring(1);
        }
        assertSame(json, target.getValue(), file.toString());
        checked++;
      }
    }
    assertTrue(checked >= 50, "only " + checked + " fuzz inputs");
  }

  @Test
  void aTableOfBadInputsGetsTheSameMessages() throws IOException {
    String good =
        Files.readString(
            Path.of("src/test/resources/golden/initiative.json"), StandardCharsets.UTF_8);
    List<String> bad =
        List.of(
            "",
            "   ",
            "[]",
            "\"an initiative\"",
            "{}",
            "{\"schemaVersion\":2}",
            "{\"schemaVersion\":\"1\"}",
            good.replaceFirst("\\{", "{\"surprise\":1,"),
            good.replaceFirst("\\{", "{\"schemaVersion\":1,"),
            good.replaceFirst("\"name\" :", "\"name\":\"twice\",\"name\" :"),
            good.replaceFirst("\\}\\s*$", ""),
            good + "{}",
            good.replaceFirst("\"PERSON_WHO_USES_SERVICES\"", "\"PERSON_WHO_USES_SERVICES \""),
            good.replaceFirst("\"date\" : \"([0-9-]+)\"", "\"date\" : \" $1\""),
            good.replaceFirst("\"date\" : \"([0-9-]+)\"", "\"date\" : \"2025-02-30\""),
            good.replaceFirst("\"date\" : \"([0-9-]+)\"", "\"date\" : 20250230"),
            good.replaceFirst("\"roles\" : \\[", "\"roles\" : [\"PERSON_WHO_USES_SERVICES\", "));
    for (String json : bad) {
      if (json.equals(good)) {
        fail("an edit missed the golden initiative");
      }
      Exception refused =
          assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
      assertTrue(refused.getMessage() != null);
      assertSame(json, Initiative.class, json.length() > 60 ? json.substring(0, 60) : json);
    }
  }

  @Test
  void theHostGetsAJacksonExceptionWithTheLibrarysMessageAndCause() throws IOException {
    String json =
        Files.readString(
                Path.of("src/test/resources/golden/initiative.json"), StandardCharsets.UTF_8)
            .replaceFirst("\\{", "{\"surprise\":1,");
    DatabindException e =
        assertThrows(DatabindException.class, () -> HOST.readValue(json, Initiative.class));
    CoProductionException expected =
        assertThrows(CoProductionException.class, () -> Documents.read(json, Initiative.class));
    assertEquals(expected.getMessage(), e.getOriginalMessage());
    assertTrue(e.getCause() instanceof CoProductionException);
  }

  @Test
  void aDocumentInTheHostsOwnObjectHasNoSchemaVersionAndItsPathGainsTheField() throws IOException {
    Initiative initiative =
        Documents.read(Path.of("src/test/resources/golden/initiative.json"), Initiative.class);
    String written = LENIENT_HOST.writeValueAsString(new Upload("p1", initiative));
    assertEquals(
        ((tools.jackson.databind.node.ObjectNode)
                LENIENT_HOST.readTree(Documents.write(initiative)))
            .without("schemaVersion"),
        LENIENT_HOST.readTree(written).get("initiative"));
    assertEquals(new Upload("p1", initiative), LENIENT_HOST.readValue(written, Upload.class));

    String broken = written.replaceFirst("\"PERSON_WHO_USES_SERVICES\"", "\"SOMEONE\"");
    JacksonException e =
        assertThrows(JacksonException.class, () -> LENIENT_HOST.readValue(broken, Upload.class));
    CoProductionException plain = CoProductionJacksonModule.problem(e);
    assertTrue(plain.path().startsWith("initiative.participants["), "path was " + plain.path());
    assertTrue(plain.problem().startsWith("must be one of "), plain.problem());
  }

  @Test
  void aListOfWholeDocumentsCarriesTheirSchemaVersions() throws IOException {
    Initiative initiative =
        Documents.read(Path.of("src/test/resources/golden/initiative.json"), Initiative.class);
    String written = HOST.writeValueAsString(List.of(initiative, initiative));
    assertEquals(1, HOST.readTree(written).get(1).get("schemaVersion").asInt());
    List<Initiative> read =
        HOST.readValue(
            written, HOST.getTypeFactory().constructCollectionType(List.class, Initiative.class));
    assertEquals(List.of(initiative, initiative), read);
  }

  @Test
  void aValueOfALibraryTypeInTheHostsOwnObjectIsReadStrictly() {
    record Need(AccessNeed need) {}
    assertEquals(
        new Need(AccessNeed.BSL_INTERPRETER),
        LENIENT_HOST.readValue("{\"need\":\"BSL_INTERPRETER\"}", Need.class));
    JacksonException e =
        assertThrows(
            JacksonException.class,
            () -> LENIENT_HOST.readValue("{\"need\":\"BSL_INTERPRETER \"}", Need.class));
    assertEquals(
        "need: must be one of "
            + String.join(", ", names(AccessNeed.values()))
            + ", with no spaces around it",
        CoProductionJacksonModule.problem(e).getMessage());
  }

  @Test
  void aDocumentHandedOverAtItsFirstFieldIsReadWhole() throws IOException {
    String json =
        Files.readString(
            Path.of("src/test/resources/golden/initiative.json"), StandardCharsets.UTF_8);
    try (tools.jackson.core.JsonParser parser = HOST.createParser(json)) {
      parser.nextToken();
      parser.nextToken();
      assertEquals(
          Documents.read(json, Initiative.class), HOST.readValue(parser, Initiative.class));
    }
  }

  /**
   * Reads the text with {@link Documents} and with the host's mapper: both give the same document,
   * which both write as the same text, or both refuse it with the same message.
   */
  static void assertSame(String json, Class<? extends Document> type, String what) {
    Document expected;
    try {
      expected = Documents.read(json, type);
    } catch (CoProductionException refused) {
      try {
        HOST.readValue(json, type);
      } catch (JacksonException e) {
        CoProductionException problem = CoProductionJacksonModule.problem(e);
        if (refused.problem().contains("to read safely")) {
          // The host's parser stops at a limit without saying where: the same words, no path.
          assertEquals(
              refused.problem().replaceFirst(" \\(at line .*\\)$", ""),
              problem.getMessage(),
              what + ": the host's message");
          return;
        }
        assertEquals(refused.getMessage(), problem.getMessage(), what + ": the host's message");
        return;
      }
      fail(what + ": Documents refuses it, the host's mapper reads it");
      return;
    }
    Document read = HOST.readValue(json, type);
    assertEquals(expected, read, what + ": the host's value");
    assertEquals(
        Documents.write(expected),
        HOST.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(read) + "\n",
        what + ": the host's text");
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    if (names.size() > 1) {
      String last = names.remove(names.size() - 1);
      String beforeLast = names.remove(names.size() - 1);
      names.add(beforeLast + " or " + last);
    }
    return names;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.sorted().toList();
    }
  }
}
