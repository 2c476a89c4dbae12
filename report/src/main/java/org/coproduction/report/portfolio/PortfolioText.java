package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a {@link PortfolioReport} as Markdown, for a board paper, or as one long CSV table for R
 * and pandas. The CSV has the columns {@code section} ({@code SPREAD}, {@code RECURRING_FLAG},
 * {@code INITIATIVE}, {@code LEAST_HEARD}), {@code subject} (what the figure is about, such as
 * {@code OVERALL}, {@code AREA:CULTURE}, {@code PRINCIPLE:guide/equality}, an item's or an
 * initiative's id, or a group's code), {@code evaluation_id} (initiative rows only), {@code
 * statistic} and {@code value}; missing values and withheld figures are empty cells, as in the tidy
 * tables.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioText {
  private static final List<String> COLUMNS =
      List.of("section", "subject", "evaluation_id", "statistic", "value");
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

  private PortfolioText() {}

  /**
   * The portfolio as Markdown: a heading, then one table per part.
   *
   * @param report the portfolio
   * @return the Markdown text
   */
  public static String markdown(PortfolioReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(PortfolioTables.heading(report)).append("\n");
    for (PortfolioTables.Table table : PortfolioTables.of(report)) {
      out.append("\n## ").append(table.title()).append("\n\n").append(table.intro()).append("\n\n");
      if (table.rows().isEmpty()) {
        out.append("None.\n");
        continue;
      }
      out.append(line(table.columns()));
      out.append(line(table.columns().stream().map(c -> "---").toList()));
      table.rows().forEach(row -> out.append(line(row)));
    }
    return out.toString();
  }

  /**
   * The portfolio as one long CSV table, header first, lines ending in a line feed.
   *
   * @param report the portfolio
   * @return the CSV text
   */
  public static String csv(PortfolioReport report) {
    List<Map<String, String>> rows = new ArrayList<>();
    spread(rows, "OVERALL", report.overall());
    report.areas().forEach((area, d) -> spread(rows, "AREA:" + area.name(), d));
    report.principles().forEach((principle, d) -> spread(rows, "PRINCIPLE:" + principle, d));
    report
        .recurringFlags()
        .forEach(
            f ->
                rows.add(
                    row("RECURRING_FLAG", f.itemId(), "", "initiatives", "" + f.initiatives())));
    for (RankedInitiative r : report.initiatives()) {
      String id = r.initiativeId();
      String evaluation = r.evaluationId();
      rows.add(row("INITIATIVE", id, evaluation, "rank", r.rank().map(String::valueOf).orElse("")));
      rows.add(row("INITIATIVE", id, evaluation, "overall", decimal(r.overall(), 1)));
      rows.add(row("INITIATIVE", id, evaluation, "status", r.status().name()));
      rows.add(row("INITIATIVE", id, evaluation, "raters", String.valueOf(r.raters())));
      rows.add(row("INITIATIVE", id, evaluation, "agreement", decimal(r.agreement(), 3)));
      rows.add(
          row("INITIATIVE", id, evaluation, "low_agreement", r.lowAgreement() ? "TRUE" : "FALSE"));
    }
    report
        .leastHeard()
        .forEach(
            g ->
                rows.add(
                    row(
                        "LEAST_HEARD",
                        g.group().name(),
                        "",
                        "initiatives_without_their_voice",
                        String.valueOf(g.initiativesWithoutTheirVoice()))));
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    COLUMNS.forEach(schema::addColumn);
    return CSV.writer(schema.build()).writeValueAsString(rows);
  }

  private static void spread(List<Map<String, String>> rows, String subject, Distribution d) {
    rows.add(row("SPREAD", subject, "", "initiatives", String.valueOf(d.initiatives())));
    rows.add(row("SPREAD", subject, "", "lowest", decimal(d.lowest(), 1)));
    rows.add(row("SPREAD", subject, "", "lower_quartile", decimal(d.lowerQuartile(), 1)));
    rows.add(row("SPREAD", subject, "", "median", decimal(d.median(), 1)));
    rows.add(row("SPREAD", subject, "", "upper_quartile", decimal(d.upperQuartile(), 1)));
    rows.add(row("SPREAD", subject, "", "highest", decimal(d.highest(), 1)));
  }

  private static Map<String, String> row(
      String section, String subject, String evaluation, String statistic, String value) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("section", section);
    row.put("subject", subject);
    row.put("evaluation_id", evaluation);
    row.put("statistic", statistic);
    row.put("value", value);
    return row;
  }

  private static String decimal(Optional<Double> value, int places) {
    return value
        .map(v -> BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString())
        .orElse("");
  }

  private static String line(List<String> cells) {
    return "| "
        + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList())
        + " |\n";
  }
}
