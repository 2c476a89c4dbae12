package org.coproduction.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a report says, before it is laid out: a title, a few opening paragraphs and numbered
 * sections of paragraphs, lists and tables, all in plain text. The text and Markdown reports lay
 * out the same content, so they can never say different things.
 *
 * @param title the report's title
 * @param intro paragraphs before the first section
 * @param sections the sections, in reading order
 */
public record Content(String title, List<String> intro, List<Section> sections) {
  /**
   * One numbered section.
   *
   * @param title the heading, without its number
   * @param blocks what the section holds
   */
  public record Section(String title, List<Block> blocks) {}

  /** A piece of a section. */
  public sealed interface Block permits Paragraph, Subheading, Items, Table {}

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
   */
  public record Item(String lead, String text, List<String> details) {}

  /**
   * A table. A plain-text layout draws a bar for each row's score after column {@code barAfter};
   * other layouts leave bars out.
   *
   * @param columns the columns
   * @param rows the rows, each with one cell per column
   * @param barAfter the column a bar follows, or -1 for no bars
   */
  public record Table(List<Column> columns, List<Row> rows, int barAfter) implements Block {}

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
}
