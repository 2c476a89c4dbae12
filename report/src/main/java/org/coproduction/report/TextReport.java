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
import org.coproduction.report.internal.content.Words;

/**
 * An {@link EvaluationReport} as plain text for a terminal: short wrapped lines, numbered sections
 * with the red flags first, and a bar of {@code #} beside each score so the shape of the results
 * shows at a glance. A table too wide for a line is written as a list, one entry per row. No
 * colours or other terminal codes, so it reads the same in a file, an email or a screen reader.
 *
 * <p>The "co-production police" asked for a list that shows the provider how well its process works
 * (Kevin Minier, "The Co-production Police and accountability", SCIE Co-production Festival blog,
 * June 2016): this is that list, worded for the people who scored it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TextReport {
  /** Lines are wrapped to this many characters, so they fit an ordinary terminal. */
  private static final int WIDTH = 78;

  /** Section content is indented by this much, so headings stand out. */
  private static final String INDENT = "  ";

  private TextReport() {}

  /**
   * Renders a report, with item statements from the built-in checklist when the report was scored
   * against it.
   *
   * @param report the report
   * @return the text, ending in a newline
   */
  public static String render(EvaluationReport report) {
    return render(ReportContent.of(report, ReportTexts.of(report, Optional.empty())));
  }

  /**
   * Renders a report, with item statements from the checklist the raters answered.
   *
   * @param report the report
   * @param checklist the checklist the report was scored against; when its id or version differs
   *     from the report's, item ids stand in for statements rather than show wording the raters
   *     never saw
   * @return the text, ending in a newline
   */
  public static String render(EvaluationReport report, Checklist checklist) {
    return render(ReportContent.of(report, ReportTexts.of(report, Optional.of(checklist))));
  }

  private static String render(Content content) {
    List<String> lines = new ArrayList<>();
    lines.add(content.title());
    lines.add("=".repeat(content.title().length()));
    for (String paragraph : content.intro()) {
      lines.add("");
      lines.addAll(wrap(paragraph, "", ""));
    }
    int number = 1;
    for (Section section : content.sections()) {
      String heading = number++ + ". " + section.title();
      lines.add("");
      lines.add("");
      lines.add(heading);
      lines.add("-".repeat(heading.length()));
      for (Block block : section.blocks()) {
        if (block instanceof Chart) {
          continue; // the section's tables hold the same figures
        }
        lines.add("");
        lines.addAll(block(block));
      }
    }
    // The closing note is not indented, so it does not read as part of the last section.
    boolean first = true;
    for (String paragraph : content.closing()) {
      lines.add("");
      if (first) {
        lines.add("");
        first = false;
      }
      lines.addAll(wrap(paragraph, "", ""));
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static List<String> block(Block block) {
    if (block instanceof Paragraph p) {
      return wrap(p.text(), INDENT, INDENT);
    }
    if (block instanceof Subheading s) {
      return List.of(INDENT + s.text() + ":");
    }
    if (block instanceof Items items) {
      return items(items);
    }
    return table((Table) block);
  }

  private static List<String> items(Items items) {
    List<String> lines = new ArrayList<>();
    int number = 1;
    int markerWidth = items.numbered() ? String.valueOf(items.entries().size()).length() + 2 : 2;
    for (Item item : items.entries()) {
      String marker = items.numbered() ? number++ + ". " : "- ";
      marker = " ".repeat(markerWidth - marker.length()) + marker;
      String hang = INDENT + " ".repeat(markerWidth);
      String first =
          item.lead().isEmpty()
              ? item.text()
              : item.text().isEmpty() ? item.lead() : item.lead() + " " + item.text();
      lines.addAll(wrap(first, INDENT + marker, hang));
      for (String detail : item.details()) {
        // Evidence lines are a list of their own: their continuation lines hang under the text.
        String detailHang = detail.startsWith("- ") ? hang + "  " : hang;
        lines.addAll(wrap(detail, hang, detailHang));
      }
    }
    return lines;
  }

  private static List<String> table(Table table) {
    List<Column> columns = table.columns();
    int barAfter = table.barAfter();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).header().length();
      for (Row row : table.rows()) {
        // A remark stands in for every cell after the first, so those cells take no room.
        if (c == 0 || row.remark().isEmpty()) {
          widths[c] = Math.max(widths[c], row.cells().get(c).length());
        }
      }
    }
    int width = INDENT.length() + 2 * (columns.size() - 1);
    for (int w : widths) {
      width += w;
    }
    if (barAfter >= 0) {
      width += 2 + Words.bar(0).length();
    }
    if (width > WIDTH) {
      return tableAsList(table);
    }
    List<String> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      header.add(pad(columns.get(c).header(), widths[c], columns.get(c).numeric()));
      rule.add("-".repeat(widths[c]));
      if (c == barAfter) {
        header.add(" ".repeat(Words.bar(0).length()));
        rule.add("-".repeat(Words.bar(0).length()));
      }
    }
    lines.add(INDENT + String.join("  ", header));
    lines.add(INDENT + String.join("  ", rule));
    for (Row row : table.rows()) {
      if (row.remark().isPresent()) {
        String label = INDENT + pad(row.cells().get(0), widths[0], false) + "  ";
        lines.addAll(wrap(row.remark().get(), label, " ".repeat(label.length())));
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(pad(row.cells().get(c), widths[c], columns.get(c).numeric()));
        if (c == barAfter) {
          cells.add(
              row.bar().isPresent()
                  ? Words.bar(row.bar().getAsDouble())
                  : " ".repeat(Words.bar(0).length()));
        }
      }
      lines.add(INDENT + String.join("  ", cells));
    }
    return lines;
  }

  /**
   * A table too wide for a line, such as one column per interest group, as a list: one entry per
   * row, its first cell and then each other cell after its column's heading. Bars are left out.
   */
  private static List<String> tableAsList(Table table) {
    List<Column> columns = table.columns();
    List<String> lines = new ArrayList<>();
    for (Row row : table.rows()) {
      String text;
      if (row.remark().isPresent()) {
        text = row.remark().get();
      } else {
        List<String> cells = new ArrayList<>();
        for (int c = 1; c < columns.size(); c++) {
          String header = columns.get(c).header();
          cells.add(header.isEmpty() ? row.cells().get(c) : header + " " + row.cells().get(c));
        }
        text = String.join("; ", cells);
      }
      lines.addAll(wrap(row.cells().get(0) + ": " + text, INDENT + "- ", INDENT + "  "));
    }
    return lines;
  }

  private static String pad(String text, int width, boolean right) {
    String space = " ".repeat(width - text.length());
    return right ? space + text : text + space;
  }

  /** Wraps at spaces; a word longer than a line stands alone rather than being broken. */
  private static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        start = rest.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
