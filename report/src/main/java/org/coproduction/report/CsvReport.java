package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.report.internal.content.OwnWords;
import org.coproduction.report.internal.content.ReportTexts;
import org.coproduction.report.internal.content.Words;
import org.coproduction.scoring.AnswerCounts;
import org.coproduction.scoring.ItemScore;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * An {@link EvaluationReport}'s item scores as CSV, for spreadsheets, R and Python: one row per
 * item for all raters together ({@code group} is {@code all}), then one per item and interest
 * group, for every rating round. Every figure comes from the answers that count: a group whose
 * answers to an item are left out (fewer than k of its people answered) looks like a group nobody
 * answered for, status {@code no_raters}; when a round left anything out, each row for all raters
 * says so in {@code note}, in the one sentence every format uses.
 *
 * <p>The columns, always in this order: {@code round} (the review round's id, empty when the
 * answers name none), {@code item_id}, {@code statement}, {@code area}, {@code severity}, {@code
 * group}, {@code score} (0 to 100, one decimal, empty when there is none), {@code raters}, {@code
 * yes}, {@code partly}, {@code no}, {@code dont_know}, {@code not_applicable} (the counts on the
 * yes/partly/no scale, 0 on any other), {@code answers} (on another answer scale, the counts by the
 * scale's labels, such as {@code 2 strongly agree, 1 agree, ...}; empty on yes/partly/no), {@code
 * status} ({@code conclusive}, {@code inconclusive} or {@code no_answers} for all raters; {@code
 * shown} or {@code no_raters} for a group), {@code red_flag} ({@code yes} or {@code no}, on the row
 * for all raters only), {@code note} and {@code comments} (on a group's row of the latest round:
 * what its raters added in their own words, one comment to a line, without names, and only where
 * the group's answers count; see {@link EvaluationReport#comments()}). Codes are lower case with
 * underscores, so they are easy to filter on. The first line names the columns; lines end in a line
 * feed.
 *
 * <p>This table has one row per item, so it has no place for "You said, we did, or why not": the
 * suggestions, their outcomes and whether people were told are in the tidy suggestions table
 * ({@link org.coproduction.report.tidy.TidyCsv#suggestions}, {@code --format tidy-suggestions}).
 *
 * <p>A text cell (and each line of a comments cell) that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return (a statement such as {@code =HYPERLINK(...)}) gets a
 * single quote in front, so that a spreadsheet shows it as text instead of running it as a formula,
 * as the OWASP Foundation's "CSV Injection" guidance advises; numbers, negative ones too, are
 * written as they are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CsvReport {
  /** The columns, in their fixed order. */
  static final List<String> COLUMNS =
      List.of(
          "round",
          "item_id",
          "statement",
          "area",
          "severity",
          "group",
          "score",
          "raters",
          "yes",
          "partly",
          "no",
          "dont_know",
          "not_applicable",
          "answers",
          "status",
          "red_flag",
          "note",
          "comments");

  /** Quotes a cell only when it must, however long, so identical codes always look the same. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

  private static final CsvSchema SCHEMA = schema();

  private CsvReport() {}

  /**
   * Renders a report, with item statements from the built-in checklist when the report was scored
   * against it.
   *
   * @param report the report
   * @return the CSV text, header first
   */
  public static String render(EvaluationReport report) {
    return render(report, ReportTexts.of(report, Optional.empty()));
  }

  /**
   * Renders a report, with item statements from the checklist the raters answered.
   *
   * @param report the report
   * @param checklist the checklist the report was scored against; when its id or version differs
   *     from the report's, the statement column is left empty
   * @return the CSV text, header first
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return render(report, ReportTexts.of(report, Optional.of(checklist)));
  }

  private static String render(EvaluationReport report, ReportTexts texts) {
    List<Map<String, String>> rows = new ArrayList<>();
    ScoreReport latest = report.latest();
    for (ScoreReport round : report.rounds()) {
      String roundId = round.reviewRoundId().orElse("");
      for (ItemScore item : round.items()) {
        Map<String, String> all = start(roundId, item, texts);
        all.put("group", "all");
        all.put("score", item.value().map(Words::number).orElse(""));
        all.put("raters", String.valueOf(item.raters()));
        counts(all, item.itemId(), Optional.of(item.answers()), texts);
        all.put("status", code(item.status()));
        all.put("red_flag", round.redFlag(item.itemId()).isPresent() ? "yes" : "no");
        all.put(
            "note",
            round.answersLeftOut() ? Words.leftOut(round.settings().minimumGroupSize()) : "");
        all.put("comments", "");
        rows.add(all);
        for (GroupScore group : item.byGroup().groups()) {
          Map<String, String> row = start(roundId, item, texts);
          row.put("group", code(group.group()));
          boolean shown = group.visibility() == Visibility.SHOWN;
          row.put("score", shown ? group.value().map(Words::number).orElse("") : "");
          String raters = group.visibility() == Visibility.NO_RATERS ? "0" : "";
          row.put("raters", shown ? group.raters().map(String::valueOf).orElse("") : raters);
          counts(row, item.itemId(), shown ? group.answers() : Optional.empty(), texts);
          row.put("status", code(group.visibility()));
          row.put("red_flag", "");
          row.put("note", "");
          row.put(
              "comments", round == latest ? comments(report, item.itemId(), group.group()) : "");
          rows.add(row);
        }
      }
    }
    // Any text could start a formula in a spreadsheet: every cell is made safe, numbers stay.
    rows.forEach(row -> row.replaceAll((column, cell) -> CsvCells.safe(cell)));
    return CSV.writer(SCHEMA).writeValueAsString(rows);
  }

  private static Map<String, String> start(String round, ItemScore item, ReportTexts texts) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("round", round);
    row.put("item_id", item.itemId());
    row.put("statement", texts.statement(item.itemId()).orElse(""));
    row.put("area", code(item.area()));
    row.put("severity", code(item.severity()));
    return row;
  }

  /**
   * A group's comments on an item, one to a line, each on one line of its own and made safe on its
   * own, so a program that splits the cell at line breaks never meets a formula either.
   */
  private static String comments(EvaluationReport report, String itemId, InterestGroup group) {
    return report.comments().stream()
        .filter(c -> c.itemId().equals(itemId) && c.interestGroup() == group)
        .flatMap(c -> c.comments().stream())
        .map(c -> CsvCells.safe(OwnWords.oneLine(c)))
        .collect(Collectors.joining("\n"));
  }

  private static void counts(
      Map<String, String> row, String itemId, Optional<AnswerCounts> answers, ReportTexts texts) {
    row.put("yes", answers.map(a -> String.valueOf(a.yes())).orElse(""));
    row.put("partly", answers.map(a -> String.valueOf(a.partly())).orElse(""));
    row.put("no", answers.map(a -> String.valueOf(a.no())).orElse(""));
    row.put("dont_know", answers.map(a -> String.valueOf(a.dontKnow())).orElse(""));
    row.put("not_applicable", answers.map(a -> String.valueOf(a.notApplicable())).orElse(""));
    // On another scale than yes/partly/no the counts are by that scale's labels, in one cell.
    row.put(
        "answers",
        answers
            .filter(a -> !a.byAnswer().isEmpty())
            .map(a -> texts.answerCounts(itemId, a))
            .orElse(""));
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static CsvSchema schema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    for (String column : COLUMNS) {
      schema.addColumn(column);
    }
    return schema.build();
  }
}
