package org.coproduction.report.internal.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.report.survey.SurveyMapping;

/**
 * Finds the column of every heading the mapping reads. A heading that is missing, or there twice,
 * stops the import with one message naming the file and the header row, and for a missing heading
 * the nearest heading the export has and where the two differ.
 */
public final class HeaderIndex {
  private final SurveyMapping mapping;
  private final List<String> headings;
  private final Map<String, Integer> index = new HashMap<>();

  private HeaderIndex(SurveyMapping mapping, List<String> headings) {
    this.mapping = mapping;
    this.headings = List.copyOf(headings);
  }

  /**
   * Indexes the export's headings.
   *
   * @param mapping the mapping, whose headings are looked for
   * @param headings the export's headings, one per column
   * @param file the file's name, for messages
   * @param headingRow the row the headings are in, for messages
   * @param separator the CSV separator in words, or empty for a workbook
   * @return the index
   * @throws CoProductionException when a heading the mapping reads is missing or there twice
   */
  public static HeaderIndex of(
      SurveyMapping mapping,
      List<String> headings,
      String file,
      int headingRow,
      Optional<String> separator) {
    HeaderIndex header = new HeaderIndex(mapping, headings);
    header.build(file + ", header row " + headingRow, headingRow, separator);
    return header;
  }

  /**
   * How many columns the header has.
   *
   * @return the number of headings
   */
  public int width() {
    return headings.size();
  }

  /**
   * The heading of a column, for messages about a row that ends early.
   *
   * @param column the column, from 0
   * @return the heading as the export writes it, or "column N" when it is blank
   */
  public String headingAt(int column) {
    String text = headings.get(column).strip();
    return text.isEmpty() ? "column " + (column + 1) : text;
  }

  /**
   * The cell of a mapped column in a row.
   *
   * @param cells the row
   * @param column a heading the mapping reads
   * @return the cell's text
   */
  public String cell(String[] cells, String column) {
    int at = index.get(mapping.key(column));
    return at < cells.length ? cells[at] : "";
  }

  /**
   * A mapped column's heading as the export writes it, so a person finds the column they know.
   *
   * @param column a heading the mapping reads
   * @return the heading
   */
  public Optional<String> heading(String column) {
    String text = headings.get(index.get(mapping.key(column))).strip();
    return Optional.of(text.isEmpty() ? column.strip() : text);
  }

  private void build(String where, int headingRow, Optional<String> separator) {
    Map<String, Integer> all = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      all.putIfAbsent(mapping.key(headings.get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    for (String column : mapping.columnsUsed()) {
      String key = mapping.key(column);
      Integer at = all.get(key);
      if (at == null) {
        missing.add("'" + column.strip() + "'");
        hint(column).ifPresent(hints::add);
        continue;
      }
      for (int j = at + 1; j < headings.size(); j++) {
        if (mapping.key(headings.get(j)).equals(key)) {
          throw CoProductionException.at(
              where,
              "the export has two columns headed '"
                  + column.strip()
                  + "' (columns "
                  + (at + 1)
                  + " and "
                  + (j + 1)
                  + "), so the mapping cannot tell which to read; rename one of them in the"
                  + " export or the survey");
        }
      }
      index.put(key, at);
    }
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder problem =
        new StringBuilder("the export has no column headed ")
            .append(String.join(", ", missing))
            .append(", which the mapping reads");
    for (String hint : hints) {
      problem.append("; ").append(hint);
    }
    if (headings.size() == 1 && separator.isPresent()) {
      problem
          .append(
              "; the header row has only one column, so the cells may be separated by something")
          .append(" other than ")
          .append(separator.get())
          .append(": name the separator when you import");
    }
    problem
        .append("; check the mapping's headings against the export's header row ")
        .append(headingRow)
        .append(
            mapping.headerRowCount() > 1 || headingRow > 1
                ? ""
                : ", and if the export has more than one header row, give the mapping a preset or"
                    + " headerRows");
    throw CoProductionException.at(where, problem.toString());
  }

  /** Where a missing heading differs from the nearest the export has, if one is near. */
  private Optional<String> hint(String column) {
    Optional<String> near = LookAlikes.nearest(column, headings, mapping.ignoreCase());
    return near.map(
        h ->
            "'"
                + column.strip()
                + "' is nearest to column "
                + (headings.indexOf(h) + 1)
                + " headed '"
                + h.strip()
                + "', but "
                + LookAlikes.whatDiffers(h, column, mapping.ignoreCase()));
  }
}
