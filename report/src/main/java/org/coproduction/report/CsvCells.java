package org.coproduction.report;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet. A
 * checklist's statements and a review round's id are text someone typed; a statement such as {@code
 * =HYPERLINK("http://...","Click")} would otherwise become a live link or a command. As the OWASP
 * Foundation's "CSV Injection" page advises, a cell that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return gets a single quote in front, which spreadsheets read
 * as "this is text". A number the report writes, such as {@code -12.5}, is left as it is, so it
 * stays a number.
 */
final class CsvCells {
  /** A number as the report writes one: digits, perhaps a minus sign and a decimal part. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCells() {}

  /**
   * A cell as it may safely go into the file.
   *
   * @param cell the text or number
   * @return the cell, with a single quote in front when it could start a formula
   */
  static String safe(String cell) {
    if (cell.isEmpty()
        || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0
        || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
