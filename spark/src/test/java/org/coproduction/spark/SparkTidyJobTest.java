package org.coproduction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.tidy.TidyCsv;
import org.coproduction.report.tidy.TidyFlags;
import org.coproduction.report.tidy.TidyScores;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode on two threads, with a small survey: Spark's tables hold exactly
 * the rows the library's pure functions give when each initiative and round is scored on its own,
 * and the library's Jackson 3 works in the same JVM as Spark's Jackson 2.
 */
class SparkTidyJobTest {
  private static final String EVALUATION = "national-survey-2026";

  private static SparkSession spark;
  private static Checklist checklist;
  private static List<ResponseSet> sets;
  private static Dataset<String> responses;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("coproduction tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    checklist = BuiltInChecklist.get();
    sets = SurveyData.responseSets(checklist, 4, 7);
    List<String> lines = sets.stream().map(SparkTidyJobTest::oneLine).toList();
    responses = spark.createDataset(lines, Encoders.STRING());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparksScoreRowsAreTheLibrarysForEachInitiativeAndRound() {
    TidyJob job = TidyJob.withBuiltInChecklist(EVALUATION);
    List<List<String>> fromSpark = cells(job.scores(job.scoreReports(responses)).collectAsList());
    List<List<String>> expected =
        byInitiativeAndRound().stream()
            .flatMap(r -> TidyScores.rows(EVALUATION, r).stream())
            .map(TidyCsv::scoreCells)
            .collect(Collectors.toCollection(ArrayList::new));
    assertEquals(sorted(expected), sorted(fromSpark));
    // Four initiatives, two of them in two rounds.
    assertEquals(6, fromSpark.stream().filter(r -> r.get(3).equals("OVERALL")).count() / 6);
  }

  @Test
  void sparksFlagRowsAreTheLibrarys() {
    TidyJob job = TidyJob.withBuiltInChecklist(EVALUATION);
    List<List<String>> fromSpark = cells(job.flags(job.scoreReports(responses)).collectAsList());
    List<List<String>> expected =
        byInitiativeAndRound().stream()
            .flatMap(r -> TidyFlags.rows(EVALUATION, r).stream())
            .map(TidyCsv::flagCells)
            .collect(Collectors.toCollection(ArrayList::new));
    assertFalse(expected.isEmpty(), "the survey raises red flags");
    assertEquals(sorted(expected), sorted(fromSpark));
  }

  @Test
  void writtenTablesHaveTheTidyColumnsAndTheIdsOnEveryRow(@TempDir Path folder) throws IOException {
    TidyJob.withBuiltInChecklist(EVALUATION).write(responses, folder.toString());
    List<String> scores = lines(folder.resolve("scores"), TidyCsv.SCORE_COLUMNS);
    List<String> flags = lines(folder.resolve("flags"), TidyCsv.FLAG_COLUMNS);
    int expectedScores =
        byInitiativeAndRound().stream().mapToInt(r -> TidyScores.rows(EVALUATION, r).size()).sum();
    assertEquals(expectedScores, scores.size());
    assertFalse(flags.isEmpty());
    for (String line : Stream.concat(scores.stream(), flags.stream()).toList()) {
      assertTrue(line.matches("national-survey-2026,initiative-[0-9],(year-[12])?,.*"), line);
      assertFalse(line.contains("\"\""), "a missing value is an empty cell: " + line);
    }
  }

  @Test
  void writtenTablesHoldTheLibrarysRowsOfBothTables(@TempDir Path folder) {
    TidyJob.withBuiltInChecklist(EVALUATION).write(responses, folder.toString());
    List<List<String>> expectedScores =
        byInitiativeAndRound().stream()
            .flatMap(r -> TidyScores.rows(EVALUATION, r).stream())
            .map(TidyCsv::scoreCells)
            .collect(Collectors.toCollection(ArrayList::new));
    List<List<String>> expectedFlags =
        byInitiativeAndRound().stream()
            .flatMap(r -> TidyFlags.rows(EVALUATION, r).stream())
            .map(TidyCsv::flagCells)
            .collect(Collectors.toCollection(ArrayList::new));
    assertEquals(sorted(expectedScores), sorted(written(folder.resolve("scores"))));
    assertEquals(sorted(expectedFlags), sorted(written(folder.resolve("flags"))));
  }

  @Test
  void theLibrarysJackson3RunsBesideSparksJackson2() throws IOException {
    // Spark's own Jackson 2 with its Scala module, which refuses a databind it was not built for.
    ObjectMapper jackson2 = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
    String jackson2Version = jackson2.version().toString();
    assertTrue(jackson2Version.startsWith("2.21."), jackson2Version);
    Map<String, Object> visit = new LinkedHashMap<>();
    visit.put("initiative", "initiative-1");
    visit.put("raters", 7);
    assertEquals(
        "{\"initiative\":\"initiative-1\",\"raters\":7}", jackson2.writeValueAsString(visit));
    // Spark SQL's JSON functions run on Jackson 2 too, inside a task.
    Row keys =
        responses
            .selectExpr(
                "get_json_object(value, '$.initiativeId')",
                "get_json_object(value, '$.checklist.id')")
            .first();
    assertEquals("initiative-0", keys.getString(0));
    assertEquals(BuiltInChecklist.ID, keys.getString(1));
    // The shared annotations are the newer ones the library's Jackson 3 needs.
    String annotations = JsonInclude.class.getPackage().getImplementationVersion();
    assertTrue(annotations.startsWith("2.22"), annotations);
    // And the library's Jackson 3 reads and writes its documents in the same JVM.
    ResponseSet first = sets.get(0);
    assertEquals(first, Documents.read(Documents.write(first), ResponseSet.class));
  }

  private static List<ScoreReport> byInitiativeAndRound() {
    Map<String, List<ResponseSet>> groups =
        sets.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.initiativeId() + "\n" + s.reviewRoundId().orElse(""),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return groups.values().stream().map(g -> Scoring.score(checklist, g)).toList();
  }

  /** A written table read back by Spark, every column as text. */
  private static List<List<String>> written(Path table) {
    return cells(
        spark
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .csv(table.toString())
            .collectAsList());
  }

  private static List<List<String>> cells(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row row : rows) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        line.add(Optional.ofNullable(row.getString(i)).orElse(""));
      }
      cells.add(line);
    }
    return cells;
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    rows.sort(Comparator.comparing(r -> String.join(",", r)));
    return rows;
  }

  /** The lines of every part file Spark wrote in a folder, each file's header checked. */
  private static List<String> lines(Path folder, List<String> columns) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
        List<String> all = Files.readAllLines(part);
        if (all.isEmpty()) {
          continue;
        }
        assertEquals(String.join(",", columns), all.get(0));
        lines.addAll(all.subList(1, all.size()));
      }
    }
    return lines;
  }

  private static String oneLine(ResponseSet set) {
    StringWriter out = new StringWriter();
    try {
      Documents.writeLines(List.of(set), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().strip();
  }
}
