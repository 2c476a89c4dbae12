package org.coproduction.report.internal.html;

import java.util.List;
import org.coproduction.report.internal.content.Content;
import org.coproduction.report.internal.content.Content.Bar;
import org.coproduction.report.internal.content.Content.Block;
import org.coproduction.report.internal.content.Content.Category;
import org.coproduction.report.internal.content.Content.Chart;
import org.coproduction.report.internal.content.Content.Column;
import org.coproduction.report.internal.content.Content.Item;
import org.coproduction.report.internal.content.Content.Items;
import org.coproduction.report.internal.content.Content.Paragraph;
import org.coproduction.report.internal.content.Content.Row;
import org.coproduction.report.internal.content.Content.Section;
import org.coproduction.report.internal.content.Content.Series;
import org.coproduction.report.internal.content.Content.Subheading;
import org.coproduction.report.internal.content.Content.Table;

/**
 * Lays out a report's {@link Content} as the body of an HTML page: a header, then one {@code
 * <section>} per section, numbered as in the text report, whose id is the section's id. It adds no
 * words of its own; every text goes through {@link Html}, which escapes it.
 */
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
      h.open("li");
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
          h.element("td", row.cells().get(c), "class", columns.get(c).numeric() ? "num" : "text");
        }
        if (remarks) {
          h.element("td", "");
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  private static void chart(Html h, Chart chart) {
    h.open("figure").raw("\n");
    h.raw(PrincipleChart.svg(chart));
    h.element("figcaption", chart.caption());
    h.close("figure");
    // The same figures as a table, for anyone who cannot see the chart.
    h.open("div", "class", "table-wrap")
        .open("table", "class", "chart-figures", "data-chart", chart.key())
        .raw("\n");
    h.element("caption", chart.title());
    h.open("thead").open("tr");
    h.element("th", chart.categoryHeader(), "scope", "col");
    for (Series series : chart.series()) {
      h.element("th", series.name(), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").raw("\n");
    for (Category category : chart.categories()) {
      h.open("tr");
      h.element("th", category.name(), "scope", "row");
      for (Bar bar : category.bars()) {
        h.element("td", bar.label(), "class", bar.value().isPresent() ? "num" : "hidden");
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }
}
