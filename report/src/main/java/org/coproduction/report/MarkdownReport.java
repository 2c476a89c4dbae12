package org.coproduction.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Checklist;
import org.coproduction.report.internal.content.Content;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Chart;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;
import org.coproduction.report.internal.content.ReportContent;
import org.coproduction.report.internal.content.ReportTexts;

/**
 * An {@link EvaluationReport} as Markdown (CommonMark with GitHub-style tables): the same content
 * as the {@link TextReport}, in the same order, as headings, lists and tables, for a wiki, an
 * issue, a pull request or a document converter. Text from the evaluation file is escaped so that
 * it cannot change the layout.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders a report, with item statements from the built-in checklist when the report was scored
   * against it.
   *
   * @param report the report
   * @return the Markdown, ending in a newline
   */
  public static String render(EvaluationReport report) {
    return render(ReportContent.of(report, ReportTexts.of(report, Optional.empty())));
  }

  /**
   * Renders a report, with item statements from the checklist the raters answered.
   *
   * @param report the report
   * @param checklist the checklist the report was scored against; when its id or version differs
   *     from the report's, item ids stand in for statements
   * @return the Markdown, ending in a newline
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return render(ReportContent.of(report, ReportTexts.of(report, Optional.of(checklist))));
  }

  /** Lays out any content as Markdown: the full report's, or the easy-read report's. */
  static String render(Content content) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + inline(content.title()));
    for (String paragraph : content.intro()) {
      lines.add("");
      lines.add(paragraph(paragraph));
    }
    int number = 1;
    for (Section section : content.sections()) {
      lines.add("");
      lines.add("## " + number++ + ". " + inline(section.title()));
      for (Block block : section.blocks()) {
        if (block instanceof Chart) {
          continue; // the section's tables hold the same figures
        }
        lines.add("");
        lines.addAll(block(block));
      }
    }
    // A thematic break, so the closing note does not read as part of the last section.
    if (!content.closing().isEmpty()) {
      lines.add("");
      lines.add("---");
    }
    for (String paragraph : content.closing()) {
      lines.add("");
      lines.add(paragraph(paragraph));
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<String> block(Block block) {
    if (block instanceof Paragraph p) {
      return List.of(paragraph(p.text()));
    }
    if (block instanceof Subheading s) {
      return List.of("### " + inline(s.text()));
    }
    if (block instanceof Items items) {
      return items(items);
    }
    return table((Table) block);
  }

  private static List<String> items(Items items) {
    List<String> lines = new ArrayList<>();
    int number = 1;
    for (Item item : items.entries()) {
      String marker = items.numbered() ? number++ + ". " : "- ";
      String indent = " ".repeat(marker.length());
      StringBuilder first = new StringBuilder(marker);
      if (!item.lead().isEmpty()) {
        first.append("**").append(inline(item.lead())).append("**");
      }
      if (!item.text().isEmpty()) {
        if (!item.lead().isEmpty()) {
          first.append(' ');
        }
        first.append(inline(item.text()));
      }
      lines.add(first.toString());
      for (String detail : item.details()) {
        String text = detail.startsWith("- ") ? detail.substring(2) : detail;
        lines.add(indent + "- " + inline(text));
      }
    }
    return lines;
  }

  private static List<String> table(Table table) {
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    boolean remarks = table.rows().stream().anyMatch(row -> row.remark().isPresent());
    for (Column column : table.columns()) {
      header.add(column.header().isEmpty() ? " " : inline(column.header()));
      rule.add(column.numeric() ? "---:" : "---");
    }
    if (remarks) {
      header.add(inline(table.remarkHeader()));
      rule.add("---");
    }
    lines.add("| " + String.join(" | ", header) + " |");
    lines.add("| " + String.join(" | ", rule) + " |");
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (String cell : row.cells()) {
        cells.add(inline(cell));
      }
      if (remarks) {
        cells.add(row.remark().map(MarkdownReport::inline).orElse(" "));
      }
      lines.add("| " + String.join(" | ", cells) + " |");
    }
    return lines;
  }

  /** A paragraph whose first characters must not start a heading, list or quote. */
  private static String paragraph(String text) {
    String escaped = inline(text);
    int digits = 0;
    while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < escaped.length()
        && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
      return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }
    if (!escaped.isEmpty() && "#-+=".indexOf(escaped.charAt(0)) >= 0) {
      return "\\" + escaped;
    }
    return escaped;
  }

  /**
   * Text on one line with the characters that Markdown would read as formatting, links, HTML, an
   * entity such as {@code &lt;} or table cell ends escaped with a backslash.
   */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String word : text.strip().split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if ("\\`*_[]<>|#~&".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
