package org.coproduction.report.internal.survey;

import java.util.List;

/**
 * Finds which character separates the cells of a CSV export. Excel writes commas in English, but
 * semicolons where the comma is the decimal mark, and tabs for "Unicode text". A heading may hold
 * the other characters unquoted (a semicolon file rarely quotes a comma), so the separator is the
 * one that splits the header into more than one cell and gives the most following lines the
 * header's number of cells; a tie goes to the comma, then the semicolon.
 */
public final class Separators {
  private Separators() {}

  private static final List<Character> CANDIDATES = List.of(',', ';', '\t');
  private static final int LINES_LOOKED_AT = 20;

  /**
   * The separator the text most likely uses.
   *
   * @param text the export's text
   * @return a comma, a semicolon or a tab
   */
  public static char guess(String text) {
    char best = ',';
    long bestScore = Long.MIN_VALUE;
    for (char candidate : CANDIDATES) {
      long score = score(text, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The separator's name, as the import summary says it.
   *
   * @param separator a separator
   * @return for example {@code semicolons}
   */
  public static String name(char separator) {
    return switch (separator) {
      case ',' -> "commas";
      case ';' -> "semicolons";
      case '\t' -> "tabs";
      case '|' -> "vertical bars";
      default -> "'" + separator + "'";
    };
  }

  private static long score(String text, char separator) {
    int[] counts = new int[LINES_LOOKED_AT];
    int lines = 0;
    int cells = 1;
    boolean quoted = false;
    boolean lineHasText = false;
    for (int i = 0; i < text.length() && lines < LINES_LOOKED_AT; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        lineHasText = true;
      } else if (quoted) {
        continue;
      } else if (c == separator) {
        cells++;
        lineHasText = true;
      } else if (c == '\n' || c == '\r') {
        if (lineHasText) {
          counts[lines++] = cells;
        }
        cells = 1;
        lineHasText = false;
      } else {
        lineHasText = true;
      }
    }
    if (lineHasText && lines < LINES_LOOKED_AT) {
      counts[lines++] = cells;
    }
    if (lines == 0 || counts[0] < 2) {
      return -1;
    }
    int same = 0;
    for (int i = 1; i < lines; i++) {
      same += counts[i] == counts[0] ? 1 : 0;
    }
    return same * 10_000L + counts[0];
  }
}
