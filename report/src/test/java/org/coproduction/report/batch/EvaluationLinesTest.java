package org.coproduction.report.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading many evaluations: JSON lines read past a bad line, folders read in name order, and every
 * input that cannot be read named with its source.
 */
class EvaluationLinesTest {
  private static String oneLine(Evaluation evaluation) {
    return Documents.write(evaluation).replaceAll("\\s*\\n\\s*", " ").strip();
  }

  private static List<String> described(Stream<EvaluationInput> inputs) {
    try (inputs) {
      return inputs
          .map(
              i ->
                  i.message()
                      .orElseGet(() -> i.source() + " = " + i.evaluation().orElseThrow().id()))
          .toList();
    }
  }

  @Test
  void aBadLineIsNamedAndTheLinesAfterItAreStillRead() {
    Evaluation first = BundledExamples.load("care-leavers");
    Evaluation second = BundledExamples.load("dementia-club");
    String text =
        oneLine(first) + "\r\n\n   \n{\"schemaVersion\": 1, \"id\": \"x\"}\n" + oneLine(second);
    assertEquals(
        List.of(
            "e.jsonl, line 1 = care-leavers",
            "e.jsonl, line 4: title: required field is missing",
            "e.jsonl, line 5 = dementia-club"),
        described(EvaluationLines.read(new StringReader(text), "e.jsonl")));
  }

  @Test
  void aSyntaxErrorNamesTheColumnNotALineInsideTheLine() {
    List<String> lines =
        described(EvaluationLines.read(new StringReader("{\"schemaVersion\": 1,,}"), "e.jsonl"));
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("e.jsonl, line 1: column "), lines.get(0));
  }

  @Test
  void aLineLongerThanTheLimitIsNamedWithoutBeingReadAndTheNextIsRead() {
    String line = oneLine(BundledExamples.load("care-leavers"));
    int limit = line.length();
    String text = "x".repeat(limit + 1) + "\n" + line + "\n";
    assertEquals(
        List.of(
            "e.jsonl, line 1: the line is longer than "
                + limit
                + " characters, the most one evaluation may have, so it was not read",
            "e.jsonl, line 2 = care-leavers"),
        described(EvaluationLines.read(new StringReader(text), "e.jsonl", limit)));
  }

  @Test
  void aFolderIsReadInTheOrderOfItsFileNamesAndOnlyItsEvaluationFiles(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("b.json"), Documents.write(BundledExamples.load("care-leavers")));
    Files.writeString(
        dir.resolve("a.JSONL"), oneLine(BundledExamples.load("dementia-club")) + "\n");
    Files.writeString(dir.resolve("notes.txt"), "not an evaluation");
    Files.writeString(dir.resolve(".hidden.json"), "{}");
    Files.createDirectory(dir.resolve("sub.json"));
    assertEquals(
        List.of(dir.resolve("a.JSONL"), dir.resolve("b.json")),
        EvaluationFiles.expand(List.of(dir)));
    assertEquals(
        List.of(
            dir.resolve("a.JSONL") + ", line 1 = dementia-club",
            dir.resolve("b.json") + " = care-leavers"),
        described(EvaluationFiles.read(List.of(dir))));
  }

  @Test
  void whatCannotBeReadIsNamedWithItsPath(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path latin = dir.resolve("latin.json");
    Files.write(latin, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        List.of(
            missing + ": no such file",
            empty
                + ": is a folder with no evaluation files in it (names ending in .json, .jsonl or"
                + " .ndjson)",
            latin + ": not UTF-8 text"),
        described(EvaluationFiles.read(List.of(missing, empty, latin))));
  }

  @Test
  void anInputHasItsEvaluationOrItsProblemNeverBoth() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                EvaluationInput.builder()
                    .source("a.json")
                    .evaluation(BundledExamples.load("care-leavers"))
                    .problem("broken")
                    .build());
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
    assertThrows(
        CoProductionException.class, () -> EvaluationInput.builder().source("a.json").build());
  }
}
