package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.report.Evaluation;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.report.survey.SurveyImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code evaluate --survey} on the bundled sample export of the dementia club's review survey,
 * with its mapping and the club's records, as an organisation that collects answers with its own
 * survey tool does.
 */
class EvaluateSurveyTest {
  @TempDir Path dir;
  private Path export;
  private Path mapping;
  private Path records;
  private Path ledger;

  @BeforeEach
  void writeTheFiles() throws IOException {
    Evaluation club = Examples.load("dementia-club");
    export = Files.writeString(dir.resolve("export.csv"), Examples.sampleSurveyExport());
    mapping =
        Files.writeString(
            dir.resolve("mapping.json"), Documents.write(Examples.sampleSurveyMapping()));
    records = Files.writeString(dir.resolve("club.json"), Documents.write(club.initiative()));
    ledger =
        Files.writeString(dir.resolve("ledger.json"), Documents.write(club.ledger().orElseThrow()));
  }

  private CommandRun survey(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--survey",
                export.toString(),
                "--mapping",
                mapping.toString(),
                "--records",
                records.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  /** The evaluation the command should make: the import's good rows beside the club's records. */
  private static Evaluation expectedEvaluation(boolean withLedger) {
    Evaluation club = Examples.load("dementia-club");
    Initiative initiative = club.initiative();
    return Evaluation.builder()
        .id("club-survey-2025")
        .title(initiative.name())
        .description(initiative.purpose())
        .initiative(initiative)
        .ledger(withLedger ? club.ledger() : java.util.Optional.empty())
        .responses(
            SurveyImporter.read(
                    new StringReader(Examples.sampleSurveyExport()),
                    Examples.sampleSurveyMapping(),
                    BuiltInChecklist.get())
                .responses())
        .build();
  }

  @Test
  void theExportIsScoredAndTheSkippedRowsAreNamedByRowAndColumn() {
    CommandRun run = survey("--ledger", ledger.toString(), "--format", "markdown");
    Evaluation expected = expectedEvaluation(true);
    assertEquals(
        ReportFormat.MARKDOWN.render(Evaluator.evaluate(expected), expected.checklistInUse()),
        run.out());
    assertEquals(2, run.code(), "rows were skipped");
    List<String> err = run.errLines();
    assertEquals(3, err.size(), run.err());
    assertTrue(
        err.get(0)
            .startsWith(
                "evaluate: "
                    + export
                    + ": row 12, column 'Which of these best describes you?': is not"
                    + " one of the mapping's role words"),
        err.get(0));
    assertTrue(
        err.get(1)
            .startsWith(
                "evaluate: "
                    + export
                    + ": row 13, column 'Could what members said still change what happened?'"),
        err.get(1));
    assertEquals(
        "evaluate: "
            + export
            + ": 14 rows read: 12 imported, 2 skipped (export.csv: CSV in UTF-8 with a byte order"
            + " mark, separated by commas, 1 header row)",
        err.get(2));
  }

  @Test
  void anExportWithNoBadRowsExitsZeroAndSaysNothingOnStandardError() throws IOException {
    List<String> lines = Examples.sampleSurveyExport().lines().collect(Collectors.toList());
    // Responses R-1010 and R-1011 are the two rows the mapping cannot read.
    String good =
        lines.stream()
            .filter(l -> !l.startsWith("R-1010,") && !l.startsWith("R-1011,"))
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(export, good, StandardCharsets.UTF_8);
    CommandRun run = survey("--format", "json");
    assertEquals("", run.err());
    assertEquals(0, run.code());
  }

  @Test
  void theEvaluationMadeFromTheExportCanBeSavedAndScoredAgain() throws IOException {
    Path saved = dir.resolve("club-2025.json");
    CommandRun run = survey("--save-evaluation", saved.toString(), "--format", "csv");
    assertEquals(2, run.code());
    assertEquals(expectedEvaluation(false), Documents.read(saved, Evaluation.class));
    CommandRun again = CommandRun.of(saved.toString(), "--format", "csv");
    assertEquals(0, again.code(), again.err());
    assertEquals(run.out(), again.out());
  }

  @Test
  void recordsOfAnotherInitiativeAreRefusedNamingBothFiles() throws IOException {
    Files.writeString(
        records,
        Documents.write(Examples.load("care-leavers").initiative()),
        StandardCharsets.UTF_8);
    CommandRun run = survey();
    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "evaluate: "
                + mapping
                + ": initiativeId: the mapping is for initiative 'dementia-club', but "
                + records
                + " holds the records of initiative 'care-leavers'"),
        run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void aMissingExportIsNamed() throws IOException {
    Files.delete(export);
    CommandRun run = survey();
    assertEquals(2, run.code());
    assertEquals(List.of("evaluate: " + export + ": no such file"), run.errLines());
  }

  @Test
  void anExportWithoutAColumnTheMappingReadsIsRefusedNamingTheExport() throws IOException {
    Files.writeString(export, "Response ID,Something else\nR-1,x\n");
    CommandRun run = survey();
    assertEquals(2, run.code());
    assertTrue(
        run.errLines()
            .get(0)
            .startsWith("evaluate: " + export + ", header row 1: the export has no column"),
        run.err());
  }

  @Test
  void theSurveyNeedsItsMappingAndRecords() {
    CommandRun run = CommandRun.of("--survey", "export.csv", "--mapping", "m.json");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: --survey needs --mapping FILE and --records FILE beside it",
        run.errLines().get(0));
  }

  @Test
  void surveyOptionsWithoutASurveyAreAUsageError() {
    CommandRun run = CommandRun.of("--mapping", "m.json");
    assertEquals(64, run.code());
    assertEquals(
        "evaluate: --mapping, --records, --ledger and --save-evaluation go with --survey CSV",
        run.errLines().get(0));
  }
}
