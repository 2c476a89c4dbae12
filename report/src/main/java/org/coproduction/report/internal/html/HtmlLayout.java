package org.coproduction.report.internal.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;
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
import org.coproduction.report.internal.content.Words;

/**
 * Lays out a report's {@link Content} as the body of an HTML page: a header, then one {@code
 * <section>} per section, numbered as in the text report, whose id is the section's id, then a
 * footer with the closing note. A list entry with a severity, such as a red flag, gets a class and
 * a badge of that word. It adds no words of its own; every text goes through {@link Html}, which
 * escapes it.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlLayout {
  private HtmlLayout() {}

  /**
   * Writes the header and the sections.
   *
   * @param h where to write
   * @param content the report's content
   */
  public static void body(Html h, Content content) {
    h.open("header");
    h.element("p", content.kind(), "class", "meta");
    h.element("h1", content.title());
    boolean first = true;
    for (String paragraph : content.intro()) {
      h.element("p", paragraph, "class", first ? "lead" : "meta");
      first = false;
    }
    h.close("header");
    int number = 1;
    for (Section section : content.sections()) {
      String heading = section.id() + "-heading";
      h.open("section", "id", section.id(), "aria-labelledby", heading).raw("\n");
      h.element("h2", number++ + ". " + section.title(), "id", heading);
      for (Block block : section.blocks()) {
        block(h, block);
      }
      h.close("section");
    }
    if (!content.closing().isEmpty()) {
      h.open("footer").raw("\n");
      for (String paragraph : content.closing()) {
        h.element("p", paragraph);
      }
      h.close("footer");
    }
  }

  private static void block(Html h, Block block) {
    if (block instanceof Paragraph p) {
      h.element("p", p.text());
    } else if (block instanceof Subheading s) {
      h.element("h3", s.text());
    } else if (block instanceof Items items) {
      items(h, items);
    } else if (block instanceof Table table) {
      table(h, table);
    } else {
      chart(h, (Chart) block);
    }
  }

  private static void items(Html h, Items items) {
    String list = items.numbered() ? "ol" : "ul";
    h.open(list).raw("\n");
    for (Item item : items.entries()) {
      if (item.severity().isPresent()) {
        // The severity becomes a class (for the coloured edge) and a badge ahead of the lead.
        String severity = item.severity().get();
        h.open("li", "class", "flag " + severity);
        h.element("span", Words.capitalise(severity), "class", "badge " + severity);
        h.raw(" ");
      } else {
        h.open("li");
      }
      if (!item.lead().isEmpty()) {
        h.open("strong").text(item.lead()).raw("</strong>");
        if (!item.text().isEmpty()) {
          h.raw(" ");
        }
      }
      h.text(item.text());
      if (!item.details().isEmpty()) {
        h.raw("\n");
      }
      boolean inList = false;
      for (String detail : item.details()) {
        // A detail starting "- " is one of a list of findings, as the text layout shows it.
        boolean listed = detail.startsWith("- ");
        if (listed && !inList) {
          h.open("ul", "class", "evidence").raw("\n");
        } else if (!listed && inList) {
          h.close("ul");
        }
        inList = listed;
        if (listed) {
          h.element("li", detail.substring(2));
        } else {
          h.element("p", detail, "class", "detail");
        }
      }
      if (inList) {
        h.close("ul");
      }
      h.close("li");
    }
    h.close(list);
  }

  private static void table(Html h, Table table) {
    List<Column> columns = table.columns();
    boolean remarks = table.rows().stream().anyMatch(row -> row.remark().isPresent());
    // Tables scroll sideways on a narrow screen rather than overflow the page.
    h.open("div", "class", "table-wrap").open("table").raw("\n");
    h.open("thead").open("tr");
    for (Column column : columns) {
      h.element("th", column.header(), "scope", "col");
    }
    if (remarks) {
      h.element("th", table.remarkHeader(), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").raw("\n");
    for (Row row : table.rows()) {
      h.open("tr");
      h.element("th", row.cells().get(0), "scope", "row");
      if (row.remark().isPresent()) {
        h.element(
            "td",
            row.remark().get(),
            "class",
            "hidden",
            "colspan",
            Integer.toString(columns.size() - 1 + (remarks ? 1 : 0)));
      } else {
        for (int c = 1; c < columns.size(); c++) {
          String cell = row.cells().get(c);
          h.element("td", cell, "class", columns.get(c).numeric() ? figureClass(cell) : "text");
        }
        if (remarks) {
          h.element("td", "");
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  /**
   * A cell in a column of figures holds a figure, or words saying why there is none (such as a
   * score hidden to protect small numbers), which may wrap and are set apart from the figures.
   */
  private static String figureClass(String cell) {
    boolean figure = !cell.isEmpty() && "0123456789-+.".indexOf(cell.charAt(0)) >= 0;
    return figure ? "num" : "hidden";
  }

  private static void chart(Html h, Chart chart) {
    // The table of the same figures, for anyone who cannot see the chart, follows as its own block.
    h.open("figure").raw("\n");
    h.raw(PrincipleChart.svg(chart));
    h.element("figcaption", chart.caption());
    h.close("figure");
  }
}
