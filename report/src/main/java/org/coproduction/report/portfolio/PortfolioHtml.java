package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.report.internal.html.Html;

/**
 * Writes a {@link PortfolioReport} as one self-contained HTML page with the same tables as the
 * Markdown, in the same words. Every piece of text is escaped; the page has no scripts.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioHtml {
  private PortfolioHtml() {}

  /**
   * The portfolio as an HTML page.
   *
   * @param report the portfolio
   * @return the page
   */
  public static String render(PortfolioReport report) {
    String heading = Html.escape(PortfolioTables.heading(report));
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n")
        .append("<title>")
        .append(heading)
        .append("</title>\n<style>table{border-collapse:collapse}")
        .append("th,td{border:1px solid #767676;padding:0.2em 0.5em;text-align:left}</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>")
        .append(heading)
        .append("</h1>\n");
    for (PortfolioTables.Table table : PortfolioTables.of(report)) {
      out.append("<section>\n<h2>").append(Html.escape(table.title())).append("</h2>\n<p>");
      out.append(Html.escape(table.intro())).append("</p>\n");
      if (table.rows().isEmpty()) {
        out.append("<p>None.</p>\n</section>\n");
        continue;
      }
      out.append("<table>\n<thead><tr>");
      table
          .columns()
          .forEach(c -> out.append("<th scope=\"col\">").append(Html.escape(c)).append("</th>"));
      out.append("</tr></thead>\n<tbody>\n");
      for (var row : table.rows()) {
        out.append("<tr>");
        row.forEach(c -> out.append("<td>").append(Html.escape(c)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }
}
