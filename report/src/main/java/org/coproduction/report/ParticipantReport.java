package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.report.internal.content.Content;
import org.coproduction.report.internal.content.ParticipantContent;
import org.coproduction.report.internal.content.ReportTexts;
import org.coproduction.report.internal.html.Html;
import org.coproduction.report.internal.html.HtmlLayout;

/**
 * The report for the people who took part, in easy read, as Markdown or as one HTML page in large
 * type: what you told us (each group's view as stars and words, and what is not right yet), what we
 * will do (the open actions of the evaluation's action plan) and what we did (the actions done
 * since the last round, and whether things got better). Sentences have at most 15 words, and there
 * are no figures beyond star counts and no statistics. A group's view is shown only when enough of
 * its people answered, as in every report. Reach it with the {@code evaluate} command's formats
 * {@code easy-read-markdown} and {@code easy-read-html}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ParticipantReport {
  /** Larger type and more space than the full report, for easy read. */
  private static final String EASY_READ_CSS =
      "body{font-size:1.35rem;line-height:1.7}li{margin-bottom:.6rem}";

  private ParticipantReport() {}

  /**
   * The easy-read report as Markdown.
   *
   * @param report the report
   * @param checklist the checklist the report was scored with, for each item's easy-read text
   * @return the Markdown, ending in a newline
   */
  public static String markdown(EvaluationReport report, Checklist checklist) {
    return MarkdownReport.render(content(report, checklist));
  }

  /**
   * The easy-read report as one self-contained HTML page.
   *
   * @param report the report
   * @param checklist the checklist the report was scored with, for each item's easy-read text
   * @return the page
   */
  public static String html(EvaluationReport report, Checklist checklist) {
    Content content = content(report, checklist);
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", checklist.language()).raw("\n");
    h.raw("<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // As the full report: nothing may load or run.
    h.raw(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\">\n");
    h.element("title", content.kind() + ": " + content.title());
    h.open("style").raw("\n").raw(HtmlReport.CSS + EASY_READ_CSS).raw("\n").close("style");
    h.raw("</head>\n<body>\n<main>\n");
    HtmlLayout.body(h, content);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static Content content(EvaluationReport report, Checklist checklist) {
    return ParticipantContent.of(report, ReportTexts.of(report, Optional.of(checklist)));
  }
}
