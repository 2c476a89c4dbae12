package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.Documents;
import org.coproduction.report.tidy.TidyCsv;

/**
 * The forms an {@link EvaluationReport} can be written in, each with its renderer: the {@code
 * evaluate} command's {@code --format} option takes their {@linkplain #cliName() names}. A new form
 * is one more constant here with its renderer; the command's option, its help and its error
 * messages list the constants, so nothing else changes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReportFormat {
  /** Plain text for a terminal, red flags first, with a text bar beside each score. */
  TEXT("text", TextReport::render),
  /** The report itself as a JSON document, for programs: what {@link Documents#write} gives. */
  JSON("json", (report, checklist) -> Documents.write(report)),
  /** The same content as the text report, as Markdown headings, lists and tables. */
  MARKDOWN("markdown", MarkdownReport::render),
  /** One row per item and interest group, for spreadsheets, R and Python. */
  CSV("csv", CsvReport::render),
  /**
   * One self-contained HTML page: red flags first, then a chart of principle scores by interest
   * group.
   */
  HTML("html", HtmlReport::render),
  /** SARIF 2.1.0: items as rules, principles as taxa, each red flag a result, for dashboards. */
  SARIF("sarif", SarifReport::render),
  /**
   * The report for the people who took part, in easy read, as Markdown: what you told us, what we
   * will do, what we did ({@link ParticipantReport}).
   */
  EASY_READ_MARKDOWN("easy-read-markdown", ParticipantReport::markdown),
  /** The easy-read report for the people who took part, as one HTML page in large type. */
  EASY_READ_HTML("easy-read-html", ParticipantReport::html),
  /**
   * One row per score (overall, area, principle, item; all raters and each group) with evaluation,
   * initiative and round ids on every row, for stacking many evaluations in R or pandas.
   */
  TIDY_SCORES("tidy-scores", (report, checklist) -> TidyCsv.scores(report)),
  /** One row per red flag, with the same ids, for counting which failures recur. */
  TIDY_FLAGS("tidy-flags", (report, checklist) -> TidyCsv.flags(report)),
  /**
   * One row per suggestion of "You said, we did, or why not": outcome, kind of reason, whether and
   * when people were told, and the interest group only where the report names it.
   */
  TIDY_SUGGESTIONS("tidy-suggestions", (report, checklist) -> TidyCsv.suggestions(report)),
  /**
   * One row per interest group of the fairness section, and one for everybody, with time given in
   * hours; a group the report hides has no figures.
   */
  TIDY_FAIRNESS("tidy-fairness", (report, checklist) -> TidyCsv.fairness(report)),
  /**
   * With more than one instrument, one row per principle and instrument of the crosswalk: each
   * instrument's score and whether the instruments agree; just the header with one instrument.
   */
  TIDY_CROSSWALK("tidy-crosswalk", (report, checklist) -> TidyCsv.crosswalk(report));

  /** Writes a report in one form. */
  @FunctionalInterface
  @API(status = EXPERIMENTAL, since = "0.1")
  public interface Renderer {
    /**
     * Writes a report.
     *
     * @param report the report
     * @param checklist the checklist the raters answered, for the wording of its items
     * @return the report's text
     */
    String render(EvaluationReport report, Checklist checklist);
  }

  private final String cliName;
  private final Renderer renderer;

  ReportFormat(String cliName, Renderer renderer) {
    this.cliName = cliName;
    this.renderer = renderer;
  }

  /**
   * The name people type for this form.
   *
   * @return for example {@code markdown}
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Writes a report in this form.
   *
   * @param report the report
   * @param checklist the checklist the raters answered, for the wording of its items
   * @return the report's text
   */
  public String render(EvaluationReport report, Checklist checklist) {
    return renderer.render(report, checklist);
  }

  /**
   * The form with a name, ignoring case.
   *
   * @param name a name such as {@code csv}
   * @return the form, or empty when none has that name
   */
  public static Optional<ReportFormat> byName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * The names of every form, in the order of the constants.
   *
   * @return for example {@code [text, json, markdown, csv]}
   */
  public static List<String> names() {
    return Arrays.stream(values()).map(ReportFormat::cliName).toList();
  }
}
