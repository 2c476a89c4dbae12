package org.coproduction.report.tidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.scoring.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tidy tables: golden files for one example with two rounds and red flags, and for every
 * bundled example, that each row names its evaluation, initiative and round so that tables of many
 * evaluations can be stacked.
 */
class TidyExportTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tidy-scores", "tidy-flags", "tidy-suggestions", "tidy-fairness"})
  void tablesMatchTheGoldenFiles(String format) throws IOException {
    Evaluation evaluation = BundledExamples.load("care-leavers");
    String table =
        ReportFormat.byName(format)
            .orElseThrow()
            .render(Evaluator.evaluate(evaluation), evaluation.checklistInUse());
    String golden = "report-care-leavers." + format + ".csv";
    byte[] actual = table.getBytes(StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(golden);
    byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
    if (!Arrays.equals(expected, actual)) {
      Files.createDirectories(ACTUAL);
      Files.write(ACTUAL.resolve(golden), actual);
      fail(expectedFile + " differs; the output is in " + ACTUAL.resolve(golden));
    }
  }

  static List<String> examples() {
    return BundledExamples.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyScoreRowCarriesTheEvaluationInitiativeAndRound(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    List<List<String>> rows = cells(TidyCsv.scores(report), TidyCsv.SCORE_COLUMNS);
    assertEquals(TidyScores.rows(report).size(), rows.size());
    assertCarryIds(report, rows);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyFlagRowCarriesTheEvaluationInitiativeAndRound(String example) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(example));
    List<List<String>> rows = cells(TidyCsv.flags(report), TidyCsv.FLAG_COLUMNS);
    int flags = report.rounds().stream().mapToInt(r -> r.redFlags().size()).sum();
    assertEquals(flags, rows.size());
    assertCarryIds(report, rows);
  }

  @Test
  void eachRoundHasOneOverallRowForAllRatersWithTheReportsScore() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    List<ScoreRow> overall =
        TidyScores.rows(report).stream()
            .filter(r -> r.level() == TidyLevel.OVERALL && r.group().isEmpty())
            .toList();
    assertEquals(report.rounds().size(), overall.size());
    for (int i = 0; i < overall.size(); i++) {
      ScoreReport round = report.rounds().get(i);
      assertEquals(round.reviewRoundId(), overall.get(i).roundId());
      assertEquals(round.overall().value(), overall.get(i).value());
      assertEquals(round.overall().status().name(), overall.get(i).status());
    }
  }

  @Test
  void codesAreUpperCaseAsInTheJsonAndMissingValuesAreEmptyCells() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    List<List<String>> rows = cells(TidyCsv.scores(report), TidyCsv.SCORE_COLUMNS);
    int group = TidyCsv.SCORE_COLUMNS.indexOf("group");
    int status = TidyCsv.SCORE_COLUMNS.indexOf("status");
    int value = TidyCsv.SCORE_COLUMNS.indexOf("value");
    for (List<String> row : rows) {
      assertTrue(row.get(group).matches("[A-Z_]+"), row.get(group));
      assertTrue(row.get(status).matches("[A-Z_]+"), row.get(status));
      if (row.get(status).equals("NO_RATERS")) {
        assertEquals("", row.get(value));
      }
    }
    assertTrue(rows.stream().anyMatch(r -> r.get(status).equals("NO_RATERS")));
    assertFalse(TidyCsv.scores(report).contains("NA,"));
  }

  private static void assertCarryIds(EvaluationReport report, List<List<String>> rows) {
    Set<String> rounds =
        report.rounds().stream().map(r -> r.reviewRoundId().orElse("")).collect(Collectors.toSet());
    String initiative = report.latest().initiativeId();
    for (List<String> row : rows) {
      assertEquals(report.evaluationId(), row.get(0));
      assertEquals(initiative, row.get(1));
      assertTrue(rounds.contains(row.get(2)), row.get(2));
    }
  }

  /** Splits the CSV, which holds only ids, codes and numbers, so no cell is quoted. */
  private static List<List<String>> cells(String csv, List<String> columns) {
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(",", columns), lines.get(0));
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = Arrays.asList(line.split(",", -1));
      assertEquals(columns.size(), row.size(), line);
      rows.add(row);
    }
    return rows;
  }
}
