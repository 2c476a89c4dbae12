package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.ledger.Money;
import org.coproduction.report.EvaluationReport;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes the tidy tables as CSV: a header line naming the columns, then one line per row, lines
 * ending in a line feed. Missing values are empty cells; codes are upper case as in the JSON
 * report; yes-or-no cells are {@code TRUE} or {@code FALSE}; scores have one decimal and shares
 * three (see the {@linkplain org.coproduction.report.tidy package} for the conventions). Every cell
 * is an id, a code or a number the library wrote, never free text, so no cell can start a
 * spreadsheet formula. {@link #scoreCells}, {@link #flagCells}, {@link #suggestionCells}, {@link
 * #fairnessCells} and {@link #crosswalkCells} give the cells of one row, in column order, for
 * writers of other tables such as Spark's.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TidyCsv {
  /**
   * The tidy scores table's columns, in order: the ids ({@code evaluation_id}, {@code
   * initiative_id}, {@code round_id}), {@code level} ({@code OVERALL}, {@code AREA}, {@code
   * PRINCIPLE} or {@code ITEM}), {@code subject} (the area's code, the principle's or the item's
   * id), {@code framework_id} (principles only), {@code area} (areas and items), {@code group}
   * ({@code ALL} or an interest group's code), {@code value} (0 to 100), {@code raters}, {@code
   * status}, {@code band} and {@code red_flag} (items for all raters only).
   */
  public static final List<String> SCORE_COLUMNS =
      List.of(
          "evaluation_id",
          "initiative_id",
          "round_id",
          "level",
          "subject",
          "framework_id",
          "area",
          "group",
          "value",
          "raters",
          "status",
          "band",
          "red_flag");

  /**
   * The tidy flags table's columns, in order: the ids ({@code evaluation_id}, {@code
   * initiative_id}, {@code round_id}), {@code item_id}, {@code area}, {@code severity}, {@code
   * status}, what raised the flag ({@code raters_said_no}, {@code records_said_no}), {@code
   * no_share} (0 to 1), the counts of each answer ({@code yes}, {@code partly}, {@code no}, {@code
   * dont_know}, {@code not_applicable}), {@code record_answer} and {@code records_versus_raters}.
   */
  public static final List<String> FLAG_COLUMNS =
      List.of(
          "evaluation_id",
          "initiative_id",
          "round_id",
          "item_id",
          "area",
          "severity",
          "status",
          "raters_said_no",
          "records_said_no",
          "no_share",
          "yes",
          "partly",
          "no",
          "dont_know",
          "not_applicable",
          "record_answer",
          "records_versus_raters");

  /**
   * The tidy suggestions table's columns, in order: the ids ({@code evaluation_id}, {@code
   * initiative_id}, {@code round_id}), {@code suggestion_id}, {@code interest_group} (empty when
   * the group is too small to name), {@code outcome} ({@code ADOPTED}, {@code ADAPTED}, {@code
   * REJECTED} or {@code PENDING}), {@code reason_kind} (such as {@code DOES_NOT_FIT_CURRENT_MODEL};
   * empty when the record does not say), {@code told} and {@code told_on} (an ISO date).
   */
  public static final List<String> SUGGESTION_COLUMNS =
      List.of(
          "evaluation_id",
          "initiative_id",
          "round_id",
          "suggestion_id",
          "interest_group",
          "outcome",
          "reason_kind",
          "told",
          "told_on");

  /**
   * The tidy fairness table's columns, in order: {@code evaluation_id}, {@code initiative_id},
   * {@code ledger_id} (the ledger covers the whole history, so there is no round), {@code group}
   * ({@code ALL} or an interest group's code), {@code status} ({@code SHOWN} or {@code
   * SUPPRESSED}), {@code people}, {@code hours_given} (a number of hours with two decimals), the
   * amounts {@code fees_received}, {@code value_returned}, {@code value_returned_per_hour}, {@code
   * contributors_without_return}, {@code expenses_unreimbursed} and the {@code currency} they are
   * in.
   */
  public static final List<String> FAIRNESS_COLUMNS =
      List.of(
          "evaluation_id",
          "initiative_id",
          "ledger_id",
          "group",
          "status",
          "people",
          "hours_given",
          "fees_received",
          "value_returned",
          "value_returned_per_hour",
          "contributors_without_return",
          "expenses_unreimbursed",
          "currency");

  /**
   * The tidy crosswalk table's columns, in order: {@code evaluation_id}, {@code initiative_id},
   * {@code framework_id}, {@code principle_id}, the instrument ({@code checklist_id}, {@code
   * checklist_version}), {@code asked} (whether the instrument maps an item to the principle),
   * {@code status}, {@code value} (0 to 100), {@code band}, {@code raters}, {@code items_used}, and
   * for the principle as a whole {@code verdict} ({@code AGREE}, {@code DIFFER}, {@code
   * NOT_COMPARABLE}, {@code ONE_INSTRUMENT_ONLY} or {@code NOT_ASKED}) and {@code gap} (points).
   */
  public static final List<String> CROSSWALK_COLUMNS =
      List.of(
          "evaluation_id",
          "initiative_id",
          "framework_id",
          "principle_id",
          "checklist_id",
          "checklist_version",
          "asked",
          "status",
          "value",
          "band",
          "raters",
          "items_used",
          "verdict",
          "gap");

  /** What all raters together, or everybody in a ledger, are called in the group column. */
  public static final String ALL_RATERS = "ALL";

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema SCORE_SCHEMA = schema(SCORE_COLUMNS);
  private static final CsvSchema FLAG_SCHEMA = schema(FLAG_COLUMNS);
  private static final CsvSchema SUGGESTION_SCHEMA = schema(SUGGESTION_COLUMNS);
  private static final CsvSchema FAIRNESS_SCHEMA = schema(FAIRNESS_COLUMNS);
  private static final CsvSchema CROSSWALK_SCHEMA = schema(CROSSWALK_COLUMNS);

  private TidyCsv() {}

  /**
   * The tidy scores table of one report.
   *
   * @param report the report
   * @return the CSV text, header first
   */
  public static String scores(EvaluationReport report) {
    return scores(TidyScores.rows(report));
  }

  /**
   * The tidy scores table of any rows, for instance those of many reports together.
   *
   * @param rows the rows
   * @return the CSV text, header first
   */
  public static String scores(List<ScoreRow> rows) {
    return write(SCORE_SCHEMA, SCORE_COLUMNS, rows.stream().map(TidyCsv::scoreCells).toList());
  }

  /**
   * The tidy flags table of one report.
   *
   * @param report the report
   * @return the CSV text, header first; just the header when nothing is flagged
   */
  public static String flags(EvaluationReport report) {
    return flags(TidyFlags.rows(report));
  }

  /**
   * The tidy flags table of any rows.
   *
   * @param rows the rows
   * @return the CSV text, header first
   */
  public static String flags(List<FlagRow> rows) {
    return write(FLAG_SCHEMA, FLAG_COLUMNS, rows.stream().map(TidyCsv::flagCells).toList());
  }

  /**
   * The tidy suggestions table of one report: its "You said, we did, or why not" as data.
   *
   * @param report the report
   * @return the CSV text, header first; just the header when the round's records hold no
   *     suggestions
   */
  public static String suggestions(EvaluationReport report) {
    return write(
        SUGGESTION_SCHEMA,
        SUGGESTION_COLUMNS,
        TidySuggestions.rows(report).stream().map(TidyCsv::suggestionCells).toList());
  }

  /**
   * The tidy fairness table of one report.
   *
   * @param report the report
   * @return the CSV text, header first; just the header when the evaluation has no ledger
   */
  public static String fairness(EvaluationReport report) {
    return write(
        FAIRNESS_SCHEMA,
        FAIRNESS_COLUMNS,
        TidyFairness.rows(report).stream().map(TidyCsv::fairnessCells).toList());
  }

  /**
   * The tidy crosswalk table of one report: with more than one instrument, each instrument's score
   * per principle and whether the instruments agree.
   *
   * @param report the report
   * @return the CSV text, header first; just the header when the evaluation has one instrument
   */
  public static String crosswalk(EvaluationReport report) {
    return write(
        CROSSWALK_SCHEMA,
        CROSSWALK_COLUMNS,
        TidyCrosswalk.rows(report).stream().map(TidyCsv::crosswalkCells).toList());
  }

  /**
   * One crosswalk row's cells, in the order of {@link #CROSSWALK_COLUMNS}.
   *
   * @param row the row
   * @return the cells, empty strings for missing values
   */
  public static List<String> crosswalkCells(CrosswalkRow row) {
    return List.of(
        row.evaluationId(),
        row.initiativeId(),
        row.frameworkId(),
        row.principleId(),
        row.checklistId(),
        row.checklistVersion(),
        logical(row.asked()),
        row.status().map(Enum::name).orElse(""),
        decimal(row.value(), 1),
        row.band().map(Enum::name).orElse(""),
        String.valueOf(row.raters()),
        String.valueOf(row.itemsUsed()),
        row.verdict().name(),
        decimal(row.gap(), 1));
  }

  /**
   * One suggestion row's cells, in the order of {@link #SUGGESTION_COLUMNS}.
   *
   * @param row the row
   * @return the cells, empty strings for missing values
   */
  public static List<String> suggestionCells(SuggestionRow row) {
    return List.of(
        row.evaluationId(),
        row.initiativeId(),
        row.roundId().orElse(""),
        row.suggestionId(),
        row.interestGroup().map(Enum::name).orElse(""),
        row.outcome().name(),
        row.reasonKind().map(Enum::name).orElse(""),
        logical(row.told()),
        row.toldOn().map(LocalDate::toString).orElse(""));
  }

  /**
   * One fairness row's cells, in the order of {@link #FAIRNESS_COLUMNS}.
   *
   * @param row the row
   * @return the cells, empty strings for missing values
   */
  public static List<String> fairnessCells(FairnessRow row) {
    return List.of(
        row.evaluationId(),
        row.initiativeId(),
        row.ledgerId(),
        row.group().map(Enum::name).orElse(ALL_RATERS),
        row.suppressed() ? "SUPPRESSED" : "SHOWN",
        row.people().map(String::valueOf).orElse(""),
        row.hoursGiven().map(TidyCsv::hours).orElse(""),
        amount(row.feesReceived()),
        amount(row.valueReturned()),
        amount(row.valueReturnedPerHour()),
        row.contributorsWithoutReturn().map(String::valueOf).orElse(""),
        amount(row.expensesUnreimbursed()),
        row.currency());
  }

  /**
   * A duration as a number of hours with two decimals, the tidy tables' one unit of time: 90
   * minutes is {@code 1.50}.
   *
   * @param time the duration
   * @return the hours
   */
  public static String hours(Duration time) {
    return BigDecimal.valueOf(time.toSeconds())
        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String amount(Optional<Money> money) {
    return money.map(m -> m.toDecimal().toPlainString()).orElse("");
  }

  /**
   * One score row's cells, in the order of {@link #SCORE_COLUMNS}.
   *
   * @param row the row
   * @return the cells, empty strings for missing values
   */
  public static List<String> scoreCells(ScoreRow row) {
    return List.of(
        row.evaluationId(),
        row.initiativeId(),
        row.roundId().orElse(""),
        row.level().name(),
        row.subject().orElse(""),
        row.frameworkId().orElse(""),
        row.area().map(Enum::name).orElse(""),
        row.group().map(Enum::name).orElse(ALL_RATERS),
        decimal(row.value(), 1),
        row.raters().map(String::valueOf).orElse(""),
        row.status(),
        row.band().orElse(""),
        row.redFlag().map(TidyCsv::logical).orElse(""));
  }

  /**
   * One flag row's cells, in the order of {@link #FLAG_COLUMNS}.
   *
   * @param row the row
   * @return the cells, empty strings for missing values
   */
  public static List<String> flagCells(FlagRow row) {
    return List.of(
        row.evaluationId(),
        row.initiativeId(),
        row.roundId().orElse(""),
        row.itemId(),
        row.area().name(),
        row.severity().name(),
        row.status().name(),
        logical(row.ratersSaidNo()),
        logical(row.recordsSaidNo()),
        decimal(row.noShare(), 3),
        String.valueOf(row.answers().yes()),
        String.valueOf(row.answers().partly()),
        String.valueOf(row.answers().no()),
        String.valueOf(row.answers().dontKnow()),
        String.valueOf(row.answers().notApplicable()),
        row.recordAnswer().map(Enum::name).orElse(""),
        row.recordsVersusRaters().map(Enum::name).orElse(""));
  }

  private static String decimal(Optional<Double> value, int places) {
    return value
        .map(v -> BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString())
        .orElse("");
  }

  private static String logical(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  private static String write(CsvSchema schema, List<String> columns, List<List<String>> rows) {
    List<Map<String, String>> maps =
        rows.stream()
            .map(
                cells -> {
                  Map<String, String> map = new LinkedHashMap<>();
                  for (int i = 0; i < columns.size(); i++) {
                    map.put(columns.get(i), cells.get(i));
                  }
                  return map;
                })
            .toList();
    return CSV.writer(schema).writeValueAsString(maps);
  }

  private static CsvSchema schema(List<String> columns) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(schema::addColumn);
    return schema.build();
  }
}
