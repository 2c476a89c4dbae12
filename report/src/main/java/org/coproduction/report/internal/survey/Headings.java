package org.coproduction.report.internal.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Works out each column's heading from an export's header rows. Most tools write one header row.
 * Qualtrics writes three (codes, question texts, import ids), and the question texts name the
 * columns. SurveyMonkey writes two: the question in the first, and in the second "Response" for a
 * one-answer question or, under a matrix question, the sub-question; the first row is blank over a
 * matrix's later columns. There the second row names a matrix column, and the first row the rest.
 */
public final class Headings {
  private Headings() {}

  /** SurveyMonkey's second-row words that name no sub-question. */
  private static final Set<String> PLAIN_RESPONSE = Set.of("response", "open-ended response");

  /**
   * The headings.
   *
   * @param headerRows the header rows, first row first
   * @param headingRow which of them names the columns, from 1
   * @param subHeadings whether the next row names a matrix's columns, as in SurveyMonkey
   * @return one heading per column, as wide as the widest header row
   */
  public static List<String> of(List<String[]> headerRows, int headingRow, boolean subHeadings) {
    int width = 0;
    for (String[] row : headerRows) {
      width = Math.max(width, row.length);
    }
    String[] main =
        headingRow <= headerRows.size() ? headerRows.get(headingRow - 1) : new String[0];
    String[] sub =
        subHeadings && headingRow < headerRows.size() ? headerRows.get(headingRow) : new String[0];
    List<String> headings = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      String heading = cell(main, i);
      String below = cell(sub, i);
      if (!below.isBlank() && !PLAIN_RESPONSE.contains(LookAlikes.fold(below, true))) {
        heading = below;
      }
      headings.add(heading);
    }
    return headings;
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }
}
