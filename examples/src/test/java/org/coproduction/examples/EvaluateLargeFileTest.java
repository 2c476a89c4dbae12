package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code evaluate} command with the heap the README promises is enough, 256 MB: a valid
 * evaluation just under the size limit is scored, and a larger file is refused at once with one
 * line that names the file and the limit. The large evaluation is made here, not committed.
 */
class EvaluateLargeFileTest {
  /**
   * The care-leavers example with its response sets copied, without a participant, under new ids
   * until the file is just under the limit: a year of surveys from thousands of raters.
   */
  static String nearTheLimit() {
    Evaluation example = Examples.load("care-leavers");
    List<ResponseSet> originals = example.responses();
    long base = Documents.write(example).length();
    // Whole rounds of copies, one of each set, so the size grows by the same amount each round.
    Evaluation.Builder oneRound = Evaluation.builder().from(example);
    for (int i = 0; i < originals.size(); i++) {
      oneRound.addResponses(copy(originals.get(i), i));
    }
    long perRound = Documents.write(oneRound.build()).length() - base;
    long copies = (Documents.MAX_DOCUMENT_SIZE - base) / perRound * originals.size();
    Evaluation.Builder large = Evaluation.builder().from(example);
    for (int i = 0; i < copies; i++) {
      large.addResponses(copy(originals.get(i % originals.size()), i));
    }
    return Documents.write(large.build()) + "\n";
  }

  private static ResponseSet copy(ResponseSet set, int i) {
    return ResponseSet.builder()
        .from(set)
        .id(String.format("copy-%07d", i))
        .participantId(Optional.empty())
        .build();
  }

  @Test
  void anEvaluationJustUnderTheLimitIsScoredIn256MbOfHeap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("year-of-surveys.json");
    Files.writeString(file, nearTheLimit(), StandardCharsets.UTF_8);
    long size = Files.size(file);
    assertTrue(size <= Documents.MAX_DOCUMENT_SIZE, "under the limit: " + size);
    assertTrue(size > Documents.MAX_DOCUMENT_SIZE * 95 / 100, "near the limit: " + size);
    Path report = dir.resolve("report.json");

    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classpath(),
                Evaluate.class.getName(),
                file.toString(),
                "--format",
                "json",
                "--output",
                report.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(java.waitFor(120, TimeUnit.SECONDS), "the command finished");
    assertEquals(0, java.exitValue(), output);
    assertEquals("", output);
    assertTrue(Files.size(report) > 0);
  }

  @Test
  void aFileOverTheLimitIsRefusedAtOnceNamingTheFileAndTheLimit(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("too-large.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      // 70 MB of zeros: were it read, it would fail as JSON, not as too large.
      sparse.setLength(70_000_000);
    }
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: "
                + file
                + ": the file has 70,000,000 bytes, more than the 16 MiB (16,777,216 bytes) an"
                + " evaluation document may have"),
        run.errLines());
  }

  /** Where this JVM found its classes, for a second JVM that runs from the class path. */
  private static String classpath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
