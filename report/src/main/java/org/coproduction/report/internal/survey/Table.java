package org.coproduction.report.internal.survey;

import java.util.List;
import java.util.OptionalInt;

/**
 * An export as rows of cells, whatever file it came from: row {@code i} of the list is row {@code i
 * + 1} as a spreadsheet numbers it.
 *
 * @param rows the rows, header rows first; a blank row is an empty array or blank cells
 * @param brokenAt the row where the CSV quoting breaks, after which nothing could be read; empty
 *     when the whole file was read
 */
public record Table(List<String[]> rows, OptionalInt brokenAt) {
  /** Keeps its own copy of the list. */
  public Table {
    rows = List.copyOf(rows);
  }
}
