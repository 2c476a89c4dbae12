package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.CoProductionJacksonModule;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 host's own mapper with {@link CoProductionJacksonModule} reads and writes the
 * checklist's documents as {@link Documents} does: the built-in checklist, the golden documents,
 * every hand-written invalid document and every committed fuzz input give the same value and text,
 * or the same refusal word for word.
 */
class HostMapperTest {
  static final JsonMapper HOST =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(CoProductionJacksonModule.readLimits())
                  .build())
          .addModule(new CoProductionJacksonModule())
          .build();

  static final Map<String, Class<? extends Document>> TYPES =
      Map.of("checklist", Checklist.class, "response-set", ResponseSet.class);

  @Test
  void theBuiltInChecklistWritesAndReadsAsDocumentsDoes() {
    Checklist checklist = BuiltInChecklist.get();
    String expected = Documents.write(checklist);
    assertEquals(
        expected,
        HOST.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(checklist)
            + "\n");
    assertEquals(checklist, HOST.readValue(expected, Checklist.class));
  }

  @Test
  void goldenAndInvalidDocumentsAndFuzzInputsAreJudgedAlike() throws IOException {
    int checked = 0;
    for (Map.Entry<String, Class<? extends Document>> kind : TYPES.entrySet()) {
      List<Path> files =
          Stream.concat(
                  Stream.of(Path.of("src/test/resources/golden", kind.getKey() + ".json")),
                  files(Path.of("src/test/resources/schema-invalid", kind.getKey())).stream())
              .toList();
      for (Path file : files) {
        assertSame(Files.readString(file, StandardCharsets.UTF_8), kind.getValue(), file);
        checked++;
      }
    }
    Path fuzz = Path.of("src/test/resources/org/coproduction/checklist/fuzz");
    for (Map.Entry<String, Class<? extends Document>> target :
        Map.of(
                "ChecklistFuzzTestInputs",
                Checklist.class,
                "ResponseSetFuzzTestInputs",
                ResponseSet.class)
            .entrySet()) {
      for (Path file : files(fuzz.resolve(target.getKey()).resolve("anyTextReadsOrIsRefused"))) {
        String json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        // Documents skips a byte-order mark; a host's mapper reading text leaves that to it.
        assertSame(json.startsWith("\uFEFF") ? json.substring(1) : json, target.getValue(), file);
        checked++;
      }
    }
    assertTrue(checked >= 20, "only " + checked + " documents");
  }

  private static void assertSame(String json, Class<? extends Document> type, Path file) {
    String what = file.toString();
    Document expected;
    try {
      expected = Documents.read(json, type);
    } catch (CoProductionException refused) {
      try {
        HOST.readValue(json, type);
      } catch (JacksonException e) {
        String problem = CoProductionJacksonModule.problem(e).getMessage();
        if (refused.problem().contains("to read safely")) {
          // The host's parser stops at a limit without saying where: the same words, no path.
          assertEquals(refused.problem().replaceFirst(" \\(at line .*\\)$", ""), problem, what);
        } else {
          assertEquals(refused.getMessage(), problem, what);
        }
        return;
      }
      fail(what + ": Documents refuses it, the host's mapper reads it");
      return;
    }
    Document read = HOST.readValue(json, type);
    assertEquals(expected, read, what);
    assertEquals(
        Documents.write(expected),
        HOST.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(read) + "\n",
        what);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.sorted().toList();
    }
  }
}
