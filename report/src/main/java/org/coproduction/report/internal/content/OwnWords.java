package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A rater's comment made fit to print in any format. Comments are free text from people, and may
 * hold line breaks, tabs, terminal control codes or invisible direction marks that would change how
 * the rest of a report reads; those become plain spaces or go, and the comment sits on one line.
 * Escaping for HTML, Markdown or CSV is still each layout's job: this only takes out what no layout
 * can show.
 */
@API(status = INTERNAL, since = "0.1")
public final class OwnWords {
  private OwnWords() {}

  /**
   * A comment on one line, with control and formatting characters taken out.
   *
   * @param comment the comment as written
   * @return the comment with every run of white space (line breaks and tabs too) as one space, and
   *     control codes (such as a terminal's escape) and invisible formatting characters (such as
   *     right-to-left overrides) removed; stripped
   */
  public static String oneLine(String comment) {
    StringBuilder out = new StringBuilder(comment.length());
    boolean space = false;
    for (int i = 0; i < comment.length(); ) {
      int c = comment.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.UNASSIGNED
          || type == Character.SURROGATE
          || type == Character.PRIVATE_USE) {
        continue;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * A comment as a report quotes it: on one line, in curly quotation marks, so it can never be read
   * as the report's own words or start a heading, list or formula.
   *
   * @param comment the comment as written
   * @return for example {@code “The bus fare only”}
   */
  public static String quoted(String comment) {
    return "\u201c" + oneLine(comment) + "\u201d";
  }
}
