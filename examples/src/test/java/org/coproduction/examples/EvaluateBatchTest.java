package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code evaluate} over many evaluations at once, as a researcher does: several files, a
 * folder, JSON-lines files, a bad file among good ones, and each place the reports can go.
 */
class EvaluateBatchTest {
  @TempDir Path dir;

  /** Writes the bundled examples into a folder, one file each, and returns the folder. */
  private Path examplesFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("projects"));
    for (String name : Examples.names()) {
      Files.writeString(folder.resolve(name + ".json"), Documents.write(Examples.load(name)));
    }
    return folder;
  }

  private static String rendered(String example, ReportFormat format) {
    Evaluation evaluation = Examples.load(example);
    return format.render(Evaluator.evaluate(evaluation), evaluation.checklistInUse());
  }

  /** The folder's examples in the order the batch reads them: by file name. */
  private static List<String> sortedNames() {
    return Examples.names().stream().sorted().toList();
  }

  @Test
  void severalFilesGiveOneReportDocumentALineInTheOrderGiven() throws IOException {
    Path folder = examplesFolder();
    CommandRun run =
        CommandRun.of(
            folder.resolve("opportunities-fair.json").toString(),
            folder.resolve("care-leavers.json").toString(),
            "--format",
            "json");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size());
    assertEquals(
        Evaluator.evaluate(Examples.load("opportunities-fair")),
        Documents.read(lines.get(0), EvaluationReport.class));
    assertEquals(
        Evaluator.evaluate(Examples.load("care-leavers")),
        Documents.read(lines.get(1), EvaluationReport.class));
  }

  @Test
  void aFolderGivesOneCsvTableWithTheIdsOnEveryRow() throws IOException {
    CommandRun run = CommandRun.of(examplesFolder().toString(), "--format", "csv");
    assertEquals(0, run.code(), run.err());

    List<String> expected = new ArrayList<>();
    String header = rendered("care-leavers", ReportFormat.CSV).lines().findFirst().orElseThrow();
    expected.add("evaluation_id,initiative_id," + header);
    for (String name : sortedNames()) {
      String initiative = Examples.load(name).initiative().id();
      rendered(name, ReportFormat.CSV)
          .lines()
          .skip(1)
          .forEach(row -> expected.add(name + "," + initiative + "," + row));
    }
    assertEquals(expected, run.out().lines().toList());
  }

  @Test
  void aCombinedOutputCanGoToAFile() throws IOException {
    Path file = dir.resolve("all.jsonl");
    CommandRun run =
        CommandRun.of(examplesFolder().toString(), "--format", "json", "--output", file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    try (Stream<EvaluationReport> reports = Documents.readAll(file, EvaluationReport.class)) {
      assertEquals(sortedNames(), reports.map(EvaluationReport::evaluationId).toList());
    }
  }

  @Test
  void aJsonLinesFileIsScoredLineByLineAndABadLineIsNamedWhileTheOthersAreScored()
      throws IOException {
    Path file = dir.resolve("programme.jsonl");
    String good = Documents.write(Examples.load("care-leavers")).replaceAll("\\s*\\n\\s*", " ");
    String other = Documents.write(Examples.load("dementia-club")).replaceAll("\\s*\\n\\s*", " ");
    Files.writeString(file, good + "\n{\"schemaVersion\": 1, \"id\": \"x\"\n\n" + other + "\n");
    CommandRun run = CommandRun.of(file.toString(), "--format", "json");
    assertEquals(2, run.code());
    assertEquals(
        List.of("care-leavers", "dementia-club"),
        run.out()
            .lines()
            .map(l -> Documents.read(l, EvaluationReport.class).evaluationId())
            .toList());
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("evaluate: " + file + ", line 2: "), run.err());
    assertEquals(
        "evaluate: 2 of 3 evaluations scored; 1 could not be, each named above",
        run.errLines().get(1));
  }

  @Test
  void oneBadFileAmongGoodOnesIsNamedOnItsOwnLineAndTheOthersAreScored() throws IOException {
    Path folder = examplesFolder();
    Path bad = folder.resolve("broken.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"id\": \"broken\"}");
    CommandRun run = CommandRun.of(folder.toString(), "--format", "csv");
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: " + bad + ": title: required field is missing",
            "evaluate: 4 of 5 evaluations scored; 1 could not be, each named above"),
        run.errLines());
    for (String name : Examples.names()) {
      assertTrue(run.out().contains("\n" + name + ","), name);
    }
  }

  @Test
  void aMissingFileAmongGoodOnesIsNamedAndTheRunExitsTwo() throws IOException {
    Path folder = examplesFolder();
    Path missing = dir.resolve("missing.json");
    CommandRun run = CommandRun.of(missing.toString(), folder.toString(), "--format", "json");
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: " + missing + ": no such file",
            "evaluate: 4 of 5 evaluations scored; 1 could not be, each named above"),
        run.errLines());
    assertEquals(4, run.out().lines().count());
  }

  @Test
  void anOutputFolderGetsOneReportFileEachNamedByTheEvaluationsId() throws IOException {
    Path reports = dir.resolve("reports").resolve("2025");
    CommandRun run =
        CommandRun.of(
            examplesFolder().toString(),
            "--format",
            "markdown",
            "--output-dir",
            reports.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals("", run.err());
    for (String name : Examples.names()) {
      assertEquals(
          rendered(name, ReportFormat.MARKDOWN),
          Files.readString(reports.resolve(name + ".md"), StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(reports)) {
      assertEquals(Examples.names().size(), files.count());
    }
  }

  @Test
  void everyFormatCanGoIntoAnOutputFolder() throws IOException {
    Path folder = examplesFolder();
    for (ReportFormat format : ReportFormat.values()) {
      Path reports = dir.resolve("reports-" + format.cliName());
      CommandRun run =
          CommandRun.of(
              folder.resolve("care-leavers.json").toString(),
              "--format",
              format.cliName(),
              "--output-dir",
              reports.toString());
      assertEquals(0, run.code(), run.err());
      try (Stream<Path> files = Files.list(reports)) {
        assertEquals(1, files.count(), format.cliName());
      }
    }
  }

  @Test
  void twoEvaluationsWithOneIdAreNotBothScored() throws IOException {
    Path folder = examplesFolder();
    Path copy = dir.resolve("copy.json");
    Files.copy(folder.resolve("care-leavers.json"), copy);
    CommandRun run = CommandRun.of(folder.toString(), copy.toString(), "--format", "json");
    assertEquals(2, run.code());
    assertEquals(
        "evaluate: "
            + copy
            + ": id: the evaluation id 'care-leavers' is already used by "
            + folder.resolve("care-leavers.json")
            + "; give each evaluation its own id",
        run.errLines().get(0));
  }

  @Test
  void textOfManyEvaluationsNeedsAnOutputFolder() throws IOException {
    CommandRun run = CommandRun.of(examplesFolder().toString());
    assertEquals(64, run.code());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "evaluate: text reports of many evaluations go one file each into a folder: give"
                + " --output-dir FOLDER, or --format json or csv for one combined output",
            "Try 'evaluate --help' for more information."),
        run.errLines());
  }

  @Test
  void reportsAreNeverWrittenAmongTheEvaluations() throws IOException {
    Path folder = examplesFolder();
    CommandRun run =
        CommandRun.of(folder.toString(), "--format", "json", "--output-dir", folder.toString());
    assertEquals(64, run.code());
    assertTrue(run.err().contains("choose another --output-dir"), run.err());
  }

  @Test
  void aFolderWithNoEvaluationFilesIsNamed() {
    CommandRun run = CommandRun.of(dir.toString(), "--format", "csv");
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: "
                + dir
                + ": is a folder with no evaluation files in it (names ending in .json, .jsonl or"
                + " .ndjson)",
            "evaluate: 0 of 1 evaluation scored; 1 could not be, each named above"),
        run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void anOutputFolderThatIsAFileStopsTheRun() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CommandRun run = CommandRun.of(examplesFolder().toString(), "--output-dir", file.toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of("evaluate: cannot write reports into " + file + ": it is a file, not a folder"),
        run.errLines());
  }

  @Test
  void outputAndOutputFolderTogetherAreAUsageError() {
    CommandRun run = CommandRun.of("a.json", "--output", "a.txt", "--output-dir", "reports");
    assertEquals(64, run.code());
    assertEquals("evaluate: give --output or --output-dir, not both", run.errLines().get(0));
  }

  @Test
  void oneFileStillPrintsExactlyAsBefore() throws IOException {
    Path file = examplesFolder().resolve("care-leavers.json");
    CommandRun run = CommandRun.of(file.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals(rendered("care-leavers", ReportFormat.TEXT), run.out());
  }
}
