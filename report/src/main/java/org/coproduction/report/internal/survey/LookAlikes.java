package org.coproduction.report.internal.survey;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares headings and answer words the way a person reads them: characters that look the same are
 * the same. Survey tools, spreadsheets and word processors silently swap straight quotes for curly
 * ones, spaces for non-breaking ones, write "é" as "e" plus an accent, and end lines with CR LF;
 * none of that should make a heading or a word unknown.
 */
public final class LookAlikes {
  private LookAlikes() {}

  /**
   * The text in the form used for matching: NFC, straight quotes, ordinary spaces, LF line ends, no
   * spaces at either end, and lower case when case is ignored.
   *
   * @param text a heading, a word or a cell
   * @param ignoreCase whether upper and lower case count as the same
   * @return the text as compared
   */
  public static String fold(String text, boolean ignoreCase) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(plain(c));
      }
    }
    String folded = out.toString().strip();
    return ignoreCase ? folded.toLowerCase(Locale.ROOT) : folded;
  }

  private static char plain(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '\u0060':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
        return '"';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t':
        return ' ';
      case '\u2028', '\u2029', '\u0085':
        return '\n';
      default:
        return c;
    }
  }

  /**
   * The candidate nearest to a text that matched none of them, when it is near enough to be a
   * look-alike rather than something else.
   *
   * @param text what the export has
   * @param candidates the headings or words it may have meant
   * @param ignoreCase whether the mapping ignores case
   * @return the nearest candidate, or empty when none is near
   */
  public static Optional<String> nearest(
      String text, Collection<String> candidates, boolean ignoreCase) {
    String have = fold(text, ignoreCase);
    if (have.length() > 200) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String word : candidates) {
      int d = distance(have, fold(word, ignoreCase));
      if (d < bestDistance) {
        best = word;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    boolean caseOnly = fold(text, true).equals(fold(best, true));
    return caseOnly || bestDistance <= Math.max(2, fold(best, ignoreCase).length() / 4)
        ? Optional.of(best)
        : Optional.empty();
  }

  /**
   * Says where a text first differs from the word it was compared with, so a person can see a
   * difference their eyes would miss. Only the differing character is shown, with its Unicode name;
   * the rest of the text is not repeated.
   *
   * @param have what the export has
   * @param want what the mapping has
   * @param ignoreCase whether the mapping ignores case
   * @return for example {@code its character 4 is '´' (U+00B4 ACUTE ACCENT) where the mapping has
   *     'é'}
   */
  public static String whatDiffers(String have, String want, boolean ignoreCase) {
    if (!ignoreCase && fold(have, true).equals(fold(want, true))) {
      return "it differs only in capital letters, and the mapping's ignoreCase is false";
    }
    String a = fold(have, ignoreCase);
    String b = fold(want, ignoreCase);
    int at = 0;
    while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
      at++;
    }
    if (at >= a.length()) {
      return "it stops after "
          + at
          + " characters, where the mapping goes on with "
          + describe(b.charAt(at));
    }
    if (at >= b.length()) {
      return "it goes on after the mapping's word ends, with " + describe(a.charAt(at));
    }
    return "its character "
        + (at + 1)
        + " is "
        + describe(a.charAt(at))
        + " where the mapping has "
        + describe(b.charAt(at));
  }

  /** A character a person can find: itself, and its code and name when it is not plain ASCII. */
  static String describe(char c) {
    if (c >= 0x21 && c < 0x7F) {
      return "'" + c + "'";
    }
    String name = Character.getName(c);
    return (c == ' ' ? "a space" : c == '\n' ? "a line break" : "'" + c + "'")
        + " (U+"
        + String.format(Locale.ROOT, "%04X", (int) c)
        + (name == null ? "" : " " + name)
        + ")";
  }

  /** Levenshtein distance, enough to find the nearest of a survey's few dozen words. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
