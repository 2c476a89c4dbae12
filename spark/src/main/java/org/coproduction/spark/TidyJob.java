package org.coproduction.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.tidy.TidyCsv;
import org.coproduction.report.tidy.TidyFlags;
import org.coproduction.report.tidy.TidyScores;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;

/**
 * Scores many initiatives' response sets in Spark and gives the tidy tables, the same rows that
 * {@code evaluate --format tidy-scores} and {@code tidy-flags} print for one evaluation. Each
 * initiative's answers in each review round are scored together on one executor, with the default
 * scoring settings and their disclosure rules (answers of fewer than k people of a group are left
 * out), by the same pure function as everywhere else; Spark only moves the data.
 *
 * <p>Give it a {@code Dataset<String>} with one response set document per row, as {@code
 * spark.read().textFile("responses.jsonl")} gives for a file written by {@code
 * Documents.writeLines}. A row that is not a valid response set fails the job with the library's
 * message, which names the problem's place in the document and never what a rater wrote.
 *
 * <pre>{@code
 * TidyJob job = TidyJob.withBuiltInChecklist("national-survey-2026");
 * job.write(spark.read().textFile("responses.jsonl"), "out");  // out/scores, out/flags
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyJob implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id written in every row's evaluation column. */
  private final String evaluationId;

  /** The checklist as JSON: a plain string travels to the executors, a Checklist would not. */
  private final String checklist;

  /** The column of {@link #tidyRows} that names a row's table, and its two values. */
  private static final String TABLE = "table";

  private static final String SCORES = "scores";
  private static final String FLAGS = "flags";

  private TidyJob(String evaluationId, String checklist) {
    this.evaluationId = evaluationId;
    this.checklist = checklist;
  }

  /**
   * A job for answers to the built-in checklist.
   *
   * @param evaluationId the id written in every row's evaluation column, such as the survey's name
   * @return the job
   */
  public static TidyJob withBuiltInChecklist(String evaluationId) {
    return of(evaluationId, BuiltInChecklist.get());
  }

  /**
   * A job for answers to a checklist of one's own.
   *
   * @param evaluationId the id written in every row's evaluation column
   * @param checklist the checklist the raters answered
   * @return the job
   */
  public static TidyJob of(String evaluationId, Checklist checklist) {
    return new TidyJob(evaluationId, Documents.write(checklist));
  }

  /**
   * Scores each initiative's response sets, one report per initiative and review round.
   *
   * @param responseSets one response set document per row
   * @return one score report document per row, on one line
   */
  public Dataset<String> scoreReports(Dataset<String> responseSets) {
    ChecklistOnce once = new ChecklistOnce(checklist);
    return byInitiativeAndRound(responseSets)
        .mapGroups(
            (MapGroupsFunction<String, Row, String>)
                (key, rows) -> oneLine(score(once.checklist(), rows)),
            Encoders.STRING());
  }

  /**
   * Each initiative's and round's response sets, keyed by both. Spark's own JSON functions (its
   * Jackson 2) pick the keys; the library's Jackson 3 reads the documents on the executors: the two
   * run side by side in every task.
   */
  private static KeyValueGroupedDataset<String, Row> byInitiativeAndRound(
      Dataset<String> responseSets) {
    Dataset<Row> keyed =
        responseSets
            .toDF("document")
            .select(
                col("document"),
                coalesce(get_json_object(col("document"), "$.initiativeId"), lit(""))
                    .as("initiative"),
                coalesce(get_json_object(col("document"), "$.reviewRoundId"), lit("")).as("round"));
    return keyed.groupByKey(
        (MapFunction<Row, String>) row -> row.getString(1) + "\n" + row.getString(2),
        Encoders.STRING());
  }

  /**
   * The tidy scores table of score reports, columns as {@link TidyCsv#SCORE_COLUMNS}.
   *
   * @param scoreReports what {@link #scoreReports} gives
   * @return one row per score; every column text, {@code null} where the CSV has an empty cell
   */
  public Dataset<Row> scores(Dataset<String> scoreReports) {
    String id = evaluationId;
    return scoreReports.flatMap(
        (FlatMapFunction<String, Row>)
            json ->
                TidyScores.rows(id, Documents.read(json, ScoreReport.class)).stream()
                    .map(row -> row(TidyCsv.scoreCells(row)))
                    .iterator(),
        Encoders.row(schema(TidyCsv.SCORE_COLUMNS)));
  }

  /**
   * The tidy flags table of score reports, columns as {@link TidyCsv#FLAG_COLUMNS}.
   *
   * @param scoreReports what {@link #scoreReports} gives
   * @return one row per red flag; every column text, {@code null} where the CSV has an empty cell
   */
  public Dataset<Row> flags(Dataset<String> scoreReports) {
    String id = evaluationId;
    return scoreReports.flatMap(
        (FlatMapFunction<String, Row>)
            json ->
                TidyFlags.rows(id, Documents.read(json, ScoreReport.class)).stream()
                    .map(row -> row(TidyCsv.flagCells(row)))
                    .iterator(),
        Encoders.row(schema(TidyCsv.FLAG_COLUMNS)));
  }

  /**
   * Scores the response sets and writes both tidy tables as CSV with a header, in the folders
   * {@code scores} and {@code flags} under {@code folder}, one part file per Spark partition.
   * Missing values are empty cells, as in {@link TidyCsv}. Each initiative and round is scored
   * once, its rows of both tables held on the executors' local disk (Spark's {@code
   * spark.local.dir}) until both tables are written, so the job needs local disk that grows with
   * the data set (614 MiB at most, with the shuffle files, for a million response sets in the
   * benchmark of {@code benchmarks/RESULTS.md}) rather than memory that does.
   *
   * @param responseSets one response set document per row
   * @param folder where to write; it must not hold {@code scores} or {@code flags} yet
   */
  public void write(Dataset<String> responseSets, String folder) {
    // Both tables come from one scoring: each group goes straight to its flat rows, tagged with
    // their table, and Spark keeps them on local disk between the two writes, so the memory the
    // job needs does not grow with the data set.
    Dataset<Row> rows = tidyRows(responseSets).persist(StorageLevel.DISK_ONLY());
    try {
      csv(table(rows, SCORES, TidyCsv.SCORE_COLUMNS), folder + "/scores");
      csv(table(rows, FLAGS, TidyCsv.FLAG_COLUMNS), folder + "/flags");
    } finally {
      rows.unpersist();
    }
  }

  /** The rows of both tables, each tagged with its table, the cells in columns {@code c0...}. */
  private Dataset<Row> tidyRows(Dataset<String> responseSets) {
    String id = evaluationId;
    ChecklistOnce once = new ChecklistOnce(checklist);
    int width = Math.max(TidyCsv.SCORE_COLUMNS.size(), TidyCsv.FLAG_COLUMNS.size());
    List<String> columns = new ArrayList<>(List.of(TABLE));
    IntStream.range(0, width).forEach(i -> columns.add("c" + i));
    return byInitiativeAndRound(responseSets)
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (key, group) -> {
                  ScoreReport report = score(once.checklist(), group);
                  return Stream.concat(
                          TidyScores.rows(id, report).stream()
                              .map(row -> tagged(SCORES, TidyCsv.scoreCells(row), width)),
                          TidyFlags.rows(id, report).stream()
                              .map(row -> tagged(FLAGS, TidyCsv.flagCells(row), width)))
                      .iterator();
                },
            Encoders.row(schema(columns)));
  }

  /** One table's rows out of the tagged ones, with the table's own column names. */
  private static Dataset<Row> table(Dataset<Row> tagged, String table, List<String> columns) {
    return tagged
        .filter(col(TABLE).equalTo(table))
        .select(
            IntStream.range(0, columns.size())
                .mapToObj(i -> col("c" + i).as(columns.get(i)))
                .toArray(Column[]::new));
  }

  private static Row tagged(String table, List<String> cells, int width) {
    Object[] values = new Object[width + 1];
    values[0] = table;
    for (int i = 0; i < cells.size(); i++) {
      values[i + 1] = cell(cells.get(i));
    }
    return RowFactory.create(values);
  }

  private static void csv(Dataset<Row> table, String folder) {
    table.write().mode(SaveMode.ErrorIfExists).option("header", "true").csv(folder);
  }

  private static ScoreReport score(Checklist checklist, Iterator<Row> rows) {
    List<ResponseSet> sets = new ArrayList<>();
    while (rows.hasNext()) {
      sets.add(Documents.read(rows.next().getString(0), ResponseSet.class));
    }
    // Spark hands a group's rows over in no fixed order; the report must not depend on it.
    sets.sort(Comparator.comparing(ResponseSet::id));
    return Scoring.score(checklist, sets);
  }

  private static String oneLine(ScoreReport report) {
    StringWriter out = new StringWriter();
    try {
      Documents.writeLines(List.of(report), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().strip();
  }

  private static Row row(List<String> cells) {
    return RowFactory.create(cells.stream().map(TidyJob::cell).toArray());
  }

  /** A CSV cell as Spark holds it: {@code null} where the CSV has an empty cell. */
  private static String cell(String cell) {
    return Optional.of(cell).filter(s -> !s.isEmpty()).orElse(null);
  }

  private static StructType schema(List<String> columns) {
    return DataTypes.createStructType(
        columns.stream()
            .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true))
            .toArray(StructField[]::new));
  }

  /**
   * The checklist, read from its JSON once in each task (a Spark partition) rather than once per
   * group: Spark gives every task its own copy of a function and what it captured, so the parsed
   * checklist, which is not serialisable, is kept in a field that does not travel.
   */
  private static final class ChecklistOnce implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String json;
    private transient Checklist parsed;

    ChecklistOnce(String json) {
      this.json = json;
    }

    Checklist checklist() {
      if (parsed == null) {
        parsed = Documents.read(json, Checklist.class);
      }
      return parsed;
    }
  }
}
