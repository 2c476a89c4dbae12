package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.report.internal.content.Content;
import org.coproduction.report.internal.content.ReportContent;
import org.coproduction.report.internal.content.ReportTexts;
import org.coproduction.report.internal.html.Html;
import org.coproduction.report.internal.html.HtmlLayout;

/**
 * Writes an {@link EvaluationReport} as one self-contained HTML page that a provider can e-mail,
 * print or put on a shared drive: styles and the chart are inline, and it loads nothing (no
 * scripts, fonts, images or links), which its content security policy enforces.
 *
 * <p>The page says what the text and Markdown reports say, section by section, from the same
 * content, with each red flag marked by its severity and the closing note in the footer; it adds a
 * bar chart of the principle scores by interest group (of the first framework the checklist maps
 * to, the national guide's four principles for the built-in checklist) with a table of the same
 * figures. Every text that comes from data is escaped. Scores hidden to protect small groups stay
 * hidden here too, with the reason.
 *
 * <p>To show a report in your own web application, serve what {@link #render(EvaluationReport)}
 * returns as {@code text/html; charset=utf-8}; it needs nothing else from your server.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  static final String CSS =
      String.join(
          "\n",
          ":root{color-scheme:light}",
          "body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.5 system-ui,-apple-system,"
              + "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}",
          "main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}",
          "h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0}",
          "h2{font-size:1.4rem;margin:2.4rem 0 .6rem;padding-bottom:.2rem;"
              + "border-bottom:2px solid #1a1a1a}",
          "h3{font-size:1.1rem;margin:1rem 0 .4rem}",
          ".lead{font-size:1.1rem}",
          ".meta,.detail{color:#4a4a4a}",
          "li{margin:.3rem 0}",
          "li p.detail{margin:.1rem 0}",
          ".flag{border:1px solid #bbb;border-left:8px solid #1a1a1a;border-radius:4px;"
              + "padding:.7rem 1rem;margin:.8rem 0;background:#fafafa}",
          ".flag.critical{border-left-color:#9b0000}",
          ".flag.serious{border-left-color:#9a4a00}",
          ".flag.moderate{border-left-color:#5b5200}",
          ".flag.minor{border-left-color:#4a4a4a}",
          ".badge{display:inline-block;padding:0 .45rem;border-radius:3px;font-size:.85rem;"
              + "font-weight:700;color:#fff;background:#4a4a4a;vertical-align:.1em}",
          ".badge.critical{background:#9b0000}",
          ".badge.serious{background:#9a4a00}",
          ".badge.moderate{background:#5b5200}",
          ".badge.minor{background:#4a4a4a}",
          "table{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.95rem}",
          "caption{text-align:left;font-weight:600;padding:.2rem 0}",
          "th,td{border:1px solid #9a9a9a;padding:.3rem .5rem;text-align:left;vertical-align:top}",
          "th{background:#eeeeee}",
          "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
          "td.hidden{color:#4a4a4a;font-size:.85rem}",
          ".table-wrap{overflow-x:auto}",
          "figure{margin:1rem 0;overflow-x:auto}",
          "figcaption{margin-top:.4rem;color:#4a4a4a}",
          "svg{max-width:100%;height:auto}",
          "ul.evidence{margin:.2rem 0 .4rem 1.2rem;padding:0}",
          "footer{margin-top:3rem;color:#4a4a4a;font-size:.9rem}");

  private HtmlReport() {}

  /**
   * Renders a report as HTML. Items are worded from the built-in checklist when the report was
   * scored with it; a report scored with another checklist names items by id, so use {@link
   * #render(EvaluationReport, Checklist)} for those.
   *
   * @param report the report to render
   * @return the HTML page
   */
  public static String render(EvaluationReport report) {
    return page(ReportTexts.of(report, Optional.empty()), report);
  }

  /**
   * Renders a report as HTML with the wording of the checklist it was scored with, such as a
   * derived or translated one ({@link org.coproduction.report.Evaluation#checklistInUse()}).
   *
   * @param report the report to render
   * @param checklist the checklist the report was scored with
   * @return the HTML page
   * @throws IllegalArgumentException when the report names another checklist id or version
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return page(ReportTexts.scoredWith(report, checklist), report);
  }

  private static String page(ReportTexts texts, EvaluationReport report) {
    Content content = ReportContent.of(report, texts);
    Html h = new Html();
    String language = texts.checklist().map(Checklist::language).orElse("en");
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", language).raw("\n");
    h.raw("<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may load or run: the page is complete in itself, and injected markup stays inert.
    h.raw(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\">\n");
    h.element("title", content.kind() + ": " + content.title());
    h.open("style").raw("\n").raw(CSS).raw("\n").close("style");
    h.raw("</head>\n<body>\n<main>\n");
    HtmlLayout.body(h, content);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }
}
