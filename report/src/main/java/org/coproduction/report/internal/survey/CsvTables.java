package org.coproduction.report.internal.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Splits CSV text into rows of cells. Cells may be quoted, and quoted cells may hold the separator,
 * quotes and line breaks; a record that spans lines is still one row.
 */
public final class CsvTables {
  private CsvTables() {}

  private static final CsvMapper CSV = CsvMapper.builder().build();

  /**
   * Reads the text.
   *
   * @param text the export, without a byte order mark
   * @param separator the cell separator
   * @return the rows, and where the quoting broke if it did
   */
  public static Table read(String text, char separator) {
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> records =
        CSV.readerFor(String[].class)
            .with(CsvSchema.emptySchema().withColumnSeparator(separator))
            .with(CsvReadFeature.WRAP_AS_ARRAY)
            .readValues(new StringReader(text))) {
      while (records.hasNextValue()) {
        rows.add(records.nextValue());
      }
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      return new Table(rows, OptionalInt.of(rows.size() + 1));
    }
    return new Table(rows, OptionalInt.empty());
  }
}
