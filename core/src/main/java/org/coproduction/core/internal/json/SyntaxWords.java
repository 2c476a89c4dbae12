package org.coproduction.core.internal.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in words for someone who edits a file by hand and has never heard of a
 * token. The JSON itself is named, since the person must know the file is JSON; Jackson's names for
 * its settings and parts are not. No text from the document is repeated, only the bracket that is
 * out of place.
 */
final class SyntaxWords {
  private record Rule(Pattern pattern, String words) {}

  private static final String VALUE =
      "text in double quotes, a number, true, false, null, a list in [ ] or an object in { }";

  /** In order: the first rule whose pattern is found in Jackson's message gives the words. */
  private static final List<Rule> RULES =
      List.of(
          rule(
              "^Unrecognized token",
              "a word that JSON does not know: text must be in double quotes, and the only words"
                  + " without quotes are true, false and null"),
          rule(
              "^Non-standard token",
              "NaN and Infinity are not numbers JSON allows: write a number such as 2.5"),
          rule(
              "^Unexpected close marker '(.)': expected '(.)'",
              "found $1 where $2 should close the $2"),
          rule(
              "^Unexpected close marker '(.)': no open",
              "found $1 with nothing open for it to close"),
          rule(
              "expected close marker for Object",
              "the text ends before an object is closed: a } is missing"),
          rule(
              "expected close marker for Array",
              "the text ends before a list is closed: a ] is missing"),
          rule(
              "end-of-input.*closing quote",
              "the text ends inside text in quotes: a closing \" is missing"),
          rule("end-of-input", "the text ends too early"),
          rule("was expecting a colon", "expected a colon (:) after the field name"),
          rule(
              "comma to separate Object entries",
              "expected a comma (,) before the next field, or } to end the object"),
          rule(
              "comma to separate Array entries",
              "expected a comma (,) before the next item, or ] to end the list"),
          rule(
              "double-quote to start property name",
              "expected a field name in double quotes (a comma must be followed by another field)"),
          rule("comment", "JSON does not allow comments"),
          rule("^Duplicate Object property", "a field is given twice in this object"),
          rule("expected a valid value", "expected a value here: " + VALUE),
          rule("Leading zeroes", "a number must not start with 0: write 7, not 07"),
          rule(
              "Illegal unquoted character",
              "a line break or tab inside text in quotes must be written \\n or \\t"),
          rule(
              "character escape",
              "a backslash inside text in quotes must start \\\\, \\\", \\n, \\t or \\u and four"
                  + " hex digits"),
          rule("numeric value", "a number is written wrongly: write numbers such as 7, -3 or 2.5"));

  private SyntaxWords() {}

  private static Rule rule(String regex, String words) {
    return new Rule(Pattern.compile(regex), words);
  }

  /**
   * Jackson's syntax error in plain words.
   *
   * @param jackson Jackson's message, never shown as it stands
   * @return what is wrong, for the person editing the file
   */
  static String of(String jackson) {
    if (jackson != null) {
      for (Rule rule : RULES) {
        Matcher m = rule.pattern().matcher(jackson);
        if (m.find()) {
          return closing(m, rule.words());
        }
      }
    }
    return "this is not how JSON is written";
  }

  /** Fills in the brackets of a close-marker rule, naming what the expected bracket closes. */
  private static String closing(Matcher m, String words) {
    if (m.groupCount() == 0) {
      return words;
    }
    String result = words.replace("$1", m.group(1));
    if (m.groupCount() > 1) {
      String expected = m.group(2);
      result = result.replace("the $2", expected.equals("}") ? "the object" : "the list");
      result = result.replace("$2", expected);
    }
    return result;
  }
}
