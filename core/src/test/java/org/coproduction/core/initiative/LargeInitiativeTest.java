package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The size limit is one that 256 MB of heap can always read: a valid initiative just under it is
 * read by a separate Java with {@code -Xmx256m}, and a file one byte over it is refused before any
 * of it is read. The large document is made here, not committed.
 */
class LargeInitiativeTest {
  /** The heap the README promises is enough for the largest document. */
  private static final String HEAP = "-Xmx256m";

  /**
   * The golden initiative with its participants copied under new ids until the file is just under
   * the limit. Participants are mostly short names from fixed lists, the costliest content per
   * byte.
   */
  static String nearTheLimit() {
    ObjectNode root = (ObjectNode) JsonSupport.mapper().readTree(JsonEdits.golden());
    ArrayNode people = (ArrayNode) root.get("participants");
    List<JsonNode> originals = new ArrayList<>();
    people.forEach(originals::add);
    long base = JsonSupport.mapper().writeValueAsString(root).length();
    // How much each original adds to the file when copied, so the copies stop just under the limit.
    long[] adds = new long[originals.size()];
    for (int i = 0; i < adds.length; i++) {
      people.add(copy(originals.get(i), 0));
      adds[i] = JsonSupport.mapper().writeValueAsString(root).length() - base;
      people.remove(people.size() - 1);
    }
    long size = base + 1;
    for (int i = 0; size + adds[i % adds.length] < JsonSupport.MAX_DOCUMENT_CHARS; i++) {
      people.add(copy(originals.get(i % adds.length), i));
      size += adds[i % adds.length];
    }
    return JsonSupport.mapper().writeValueAsString(root) + "\n";
  }

  private static ObjectNode copy(JsonNode participant, int number) {
    ObjectNode copy = (ObjectNode) participant.deepCopy();
    copy.put("id", String.format("copy-%07d", number));
    return copy;
  }

  @Test
  void anInitiativeJustUnderTheLimitIsReadIn256MbOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("large.json");
    Files.writeString(file, nearTheLimit(), StandardCharsets.UTF_8);
    long size = Files.size(file);
    assertTrue(size <= JsonSupport.MAX_DOCUMENT_CHARS, "under the limit: " + size);
    assertTrue(size > JsonSupport.MAX_DOCUMENT_CHARS * 99 / 100, "near the limit: " + size);

    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                classpath(),
                ReadInitiative.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the read finished");
    assertEquals(0, java.exitValue(), output);
    assertEquals("read", output.strip());
  }

  @Test
  void aFileOneByteOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("too-large.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      // Nothing but zeros: were it read, it would fail as JSON, not as too large.
      sparse.setLength(JsonSupport.MAX_DOCUMENT_CHARS + 1);
    }
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Documents.read(file, Initiative.class));
    assertEquals(
        "the file has 16,777,217 bytes, more than the 16 MiB (16,777,216 bytes) an initiative"
            + " document may have",
        e.getMessage());
  }

  /** Where this JVM found its classes, for a second JVM that reads from the class path. */
  private static String classpath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    // On the module path, surefire patches the test classes into the module: add them.
    parts.add(
        Path.of(ReadInitiative.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toString());
    return String.join(File.pathSeparator, parts);
  }

  /** The second JVM: reads the file, and exits 0 only when the initiative was read. */
  static final class ReadInitiative {
    private ReadInitiative() {}

    public static void main(String[] args) throws IOException {
      Documents.read(Path.of(args[0]), Initiative.class);
      System.out.println("read");
    }
  }
}
