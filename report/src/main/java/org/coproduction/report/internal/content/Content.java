package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * What a report says, before it is laid out: a title, a few opening paragraphs, numbered sections
 * of paragraphs, lists, tables and charts, and a closing note, all in plain text. {@link
 * ReportContent} builds it once; the text, Markdown and HTML reports only lay it out, so they can
 * never say different things. Every word a reader sees is in here, never in a layout.
 *
 * @param kind what the document is, such as "Co-production report", for a page's title
 * @param title the report's title
 * @param intro paragraphs before the first section
 * @param sections the sections, in reading order
 * @param closing paragraphs after the last section, such as what made the report and from what; an
 *     HTML page puts them in its footer
 */
@API(status = INTERNAL, since = "0.1")
public record Content(
    String kind, String title, List<String> intro, List<Section> sections, List<String> closing) {
  /**
   * One numbered section.
   *
   * @param id a short name that stays the same whatever the wording, such as {@code red-flags}; an
   *     HTML page uses it as the section's anchor
   * @param title the heading, without its number
   * @param blocks what the section holds
   */
  public record Section(String id, String title, List<Block> blocks) {}

  /** A piece of a section. */
  public sealed interface Block permits Paragraph, Subheading, Items, Table, Chart {}

  /**
   * A paragraph of plain text.
   *
   * @param text the text, on one line; layouts wrap it
   */
  public record Paragraph(String text) implements Block {}

  /**
   * A heading within a section.
   *
   * @param text the heading
   */
  public record Subheading(String text) implements Block {}

  /**
   * A list.
   *
   * @param numbered whether the entries are numbered, as when their order matters
   * @param entries the entries
   */
  public record Items(boolean numbered, List<Item> entries) implements Block {}

  /**
   * One list entry: a short lead that stands out (such as an item id), the rest of its first line,
   * and detail lines beneath it.
   *
   * @param lead the part that stands out; may be empty
   * @param text what follows the lead on the first line; may be empty
   * @param details lines beneath the entry
   * @param severity how serious the entry is, in one lower-case word such as {@code critical}, for
   *     a red flag; an HTML page marks the entry with it and gives it a badge, while text and
   *     Markdown leave it out, since the entry's own text already says it
   */
  public record Item(String lead, String text, List<String> details, Optional<String> severity) {
    /**
     * An entry with no severity, as every entry but a red flag.
     *
     * @param lead the part that stands out; may be empty
     * @param text what follows the lead on the first line; may be empty
     * @param details lines beneath the entry
     */
    public Item(String lead, String text, List<String> details) {
      this(lead, text, details, Optional.empty());
    }
  }

  /**
   * A table. A plain-text layout draws a bar for each row's score after column {@code barAfter};
   * other layouts leave bars out.
   *
   * @param columns the columns
   * @param rows the rows, each with one cell per column
   * @param barAfter the column a bar follows, or -1 for no bars
   * @param remarkHeader the heading of the column that layouts with room for it give the rows'
   *     remarks
   */
  public record Table(List<Column> columns, List<Row> rows, int barAfter, String remarkHeader)
      implements Block {
    /**
     * A table whose remarks, if any, go under the usual heading.
     *
     * @param columns the columns
     * @param rows the rows, each with one cell per column
     * @param barAfter the column a bar follows, or -1 for no bars
     */
    public Table(List<Column> columns, List<Row> rows, int barAfter) {
      this(columns, rows, barAfter, Words.NOTE);
    }
  }

  /**
   * A table column.
   *
   * @param header the column's heading
   * @param numeric whether its cells are numbers, aligned to the right
   */
  public record Column(String header, boolean numeric) {}

  /**
   * A table row.
   *
   * @param cells one cell per column
   * @param bar the score to draw as a bar, if any
   * @param remark why the row has no figures, such as {@code suppressed: fewer than 3 raters}; a
   *     plain-text layout shows it in place of every cell after the first, others in a last column
   */
  public record Row(List<String> cells, OptionalDouble bar, Optional<String> remark) {
    /**
     * A row of figures.
     *
     * @param cells one cell per column
     * @param bar the score to draw as a bar, if any
     */
    public Row(List<String> cells, OptionalDouble bar) {
      this(cells, bar, Optional.empty());
    }

    /**
     * A row without figures: a label and the reason there are none.
     *
     * @param label the first cell
     * @param columns how many columns the table has
     * @param remark why there are no figures
     * @return the row, with a dash in every other cell
     */
    public static Row remark(String label, int columns, String remark) {
      List<String> cells = new ArrayList<>();
      cells.add(label);
      while (cells.size() < columns) {
        cells.add("-");
      }
      return new Row(List.copyOf(cells), OptionalDouble.empty(), Optional.of(remark));
    }
  }

  /**
   * A grouped bar chart: one group of bars per category, one bar per series in each. Only HTML
   * draws it; a section with a chart also holds a table of the same figures, which every format
   * shows, so text and Markdown leave the chart out and lose nothing.
   *
   * @param key what the chart is of, such as the id of the principle framework it shows
   * @param title a short title, for screen readers
   * @param label one sentence that says what kind of chart it is and its scale
   * @param description every figure in words, for screen readers
   * @param axis the title of the value axis
   * @param caption what a sighted reader needs to read it, such as what the gridlines mark
   * @param series the series, such as interest groups, in the order of their bars
   * @param categories the categories, such as principles, each with one bar per series
   */
  public record Chart(
      String key,
      String title,
      String label,
      String description,
      String axis,
      String caption,
      List<Series> series,
      List<Category> categories)
      implements Block {}

  /**
   * One series of a chart.
   *
   * @param key a stable name, such as an interest group's constant, by which a layout picks the
   *     series' colour
   * @param name the series' name in words
   */
  public record Series(String key, String name) {}

  /**
   * One category of a chart.
   *
   * @param key a stable name, such as a principle's id
   * @param name the category's name in words
   * @param bars one bar per series, in the series' order
   */
  public record Category(String key, String name, List<Bar> bars) {}

  /**
   * One bar: a value to draw, or the reason there is none.
   *
   * @param value the value from 0 to 100, when it may be shown
   * @param label the text on or beside the bar: the value, or why it is missing
   * @param title the bar's full description, such as the value and how many raters gave it
   */
  public record Bar(OptionalDouble value, String label, String title) {}
}
