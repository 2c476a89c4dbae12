package org.coproduction.report.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.ReportFormat;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Many evaluations' CSV reports stacked into one table, for R, pandas or a spreadsheet: the columns
 * of {@link ReportFormat#CSV}, with two more in front, {@code evaluation_id} and {@code
 * initiative_id}, filled in on every row, so rows from different initiatives can be told apart
 * however the table is later sorted or filtered. The header comes once, before the first
 * evaluation's rows; cells are quoted and made safe for spreadsheets as the CSV report itself does
 * (ids are never quoted: they are letters, digits, dots, dashes and underscores).
 *
 * <p>Rows are written as each evaluation is added, so a run over thousands holds one report at a
 * time. When nothing is added, nothing is written, not even the header.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CombinedCsv implements Flushable {
  /** The columns this table adds in front of the CSV report's own. */
  public static final List<String> ID_COLUMNS = List.of("evaluation_id", "initiative_id");

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final Writer out;
  private SequenceWriter rows;
  private List<String> header;

  /**
   * Starts a table.
   *
   * @param out where to write it; flushed by {@link #flush()}, never closed
   */
  public CombinedCsv(Writer out) {
    this.out = out;
  }

  /**
   * Adds one evaluation's rows: its CSV report, each row with the evaluation's and initiative's ids
   * in front.
   *
   * @param evaluation the evaluation, for its ids and the wording of its checklist's items
   * @param report its report, from {@link org.coproduction.report.Evaluator}
   * @throws IOException when the table cannot be written
   */
  public void add(Evaluation evaluation, EvaluationReport report) throws IOException {
    String csv = ReportFormat.CSV.render(report, evaluation.checklistInUse());
    String[] ids = {evaluation.id(), evaluation.initiative().id()};
    try (MappingIterator<String[]> lines =
        CSV.readerFor(String[].class)
            .with(CsvSchema.emptySchema())
            .with(CsvReadFeature.WRAP_AS_ARRAY)
            .readValues(csv)) {
      List<String> reportHeader = Arrays.asList(lines.nextValue());
      start(reportHeader);
      while (lines.hasNextValue()) {
        rows.write(withIds(ids, lines.nextValue()));
      }
    }
  }

  /**
   * Flushes what has been written to the writer, and the writer itself.
   *
   * @throws IOException when the writer cannot be flushed
   */
  @Override
  public void flush() throws IOException {
    if (rows != null) {
      rows.flush();
    }
    out.flush();
  }

  private void start(List<String> reportHeader) {
    if (header == null) {
      header = List.copyOf(reportHeader);
      rows =
          CSV.writerFor(String[].class)
              .with(CsvSchema.emptySchema().withLineSeparator("\n"))
              .writeValues(out);
      List<String> all = new ArrayList<>(ID_COLUMNS);
      all.addAll(header);
      rows.write(all.toArray(String[]::new));
    } else if (!header.equals(reportHeader)) {
      // Every CSV report has the same columns; a difference is a fault in the library.
      throw new IllegalStateException(
          "the CSV report's columns changed within one table: " + reportHeader);
    }
  }

  private static String[] withIds(String[] ids, String[] row) {
    String[] all = Arrays.copyOf(ids, ids.length + row.length);
    System.arraycopy(row, 0, all, ids.length, row.length);
    return all;
  }
}
