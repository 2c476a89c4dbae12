package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A survey tool whose export layout the importer knows, named as a mapping's {@code preset} so the
 * mapping need not spell out the header rows. The layouts are as each tool's export was seen when
 * this was written; a tool that changes its layout can still be read by giving {@link
 * SurveyMapping#headerRows()} and {@link SurveyMapping#headingRow()} instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SurveyTool {
  /**
   * Two header rows: the question, then "Response" or, under a matrix question, the sub-question,
   * which names that column. Tick-box answers are separated by commas.
   */
  SURVEYMONKEY(2, 1, true, ","),
  /** One header row, starting with "Timestamp"; ticked boxes are joined with ", ". */
  GOOGLE_FORMS(1, 1, false, ","),
  /**
   * One header row in an Excel workbook (ID, Start time, Completion time, Email, Name, then the
   * questions); ticked boxes are joined with ";".
   */
  MICROSOFT_FORMS(1, 1, false, ";"),
  /**
   * Three header rows: question codes, question texts (which name the columns) and import ids;
   * ticked boxes are joined with ",".
   */
  QUALTRICS(3, 2, false, ",");

  private final int headerRows;
  private final int headingRow;
  private final boolean subHeadings;
  private final String choiceSeparator;

  SurveyTool(int headerRows, int headingRow, boolean subHeadings, String choiceSeparator) {
    this.headerRows = headerRows;
    this.headingRow = headingRow;
    this.subHeadings = subHeadings;
    this.choiceSeparator = choiceSeparator;
  }

  /**
   * How many rows at the top of the export are headings rather than respondents.
   *
   * @return 1 or more
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * Which header row names the columns.
   *
   * @return from 1
   */
  public int headingRow() {
    return headingRow;
  }

  /**
   * Whether the row below the heading row names the columns of matrix questions.
   *
   * @return true for SurveyMonkey
   */
  public boolean subHeadings() {
    return subHeadings;
  }

  /**
   * What the tool puts between the boxes a respondent ticked in one cell.
   *
   * @return the separator
   */
  public String choiceSeparator() {
    return choiceSeparator;
  }
}
