package org.coproduction.core.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.coproduction.core.CoProductionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The limits that keep a hostile or mistaken file from exhausting memory, in words, with the path
 * and line where one was broken. Jackson stops at a broken limit without saying where; the parser
 * still knows, so the reader asks it.
 */
final class Limits {
  private Limits() {}

  /** A number as the README writes it: {@code 100,000}. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * The library's exception for a limit Jackson says was broken.
   *
   * @param e Jackson's {@code StreamConstraintsException}
   * @param what the document type's name, such as {@code initiative document}
   * @param parser the parser that was reading, or null
   */
  static CoProductionException broken(JacksonException e, String what, JsonParser parser) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("Document length")) {
      return CoProductionException.of(JsonSupport.tooLong(what, JsonSupport.MAX_DOCUMENT_CHARS));
    }
    boolean name = m.contains("Name length");
    String problem;
    if (m.contains("nesting depth")) {
      problem = JsonSupport.tooDeep();
    } else if (m.contains("String value length")) {
      problem =
          "this text is longer than "
              + number(JsonSupport.MAX_STRING_CHARS)
              + " characters, too long to read safely";
    } else if (name) {
      problem =
          "a field name here is longer than "
              + JsonSupport.MAX_NAME_CHARS
              + " characters, too long to read safely";
    } else if (m.contains("Number value length")) {
      problem =
          "this number has more than "
              + JsonSupport.MAX_NUMBER_DIGITS
              + " digits, too many to read safely";
    } else {
      problem = "the " + what + " breaks a limit that keeps reading safe";
    }
    if (parser == null) {
      return CoProductionException.at(JsonSupport.path(e.getPath()), problem);
    }
    return CoProductionException.at(
        path(parser.streamReadContext(), !name), problem + " " + at(parser.currentTokenLocation()));
  }

  /**
   * Where the parser stands, for a message: {@code (at line 3, column 9)}.
   *
   * @param location the parser's location
   * @return the words, or empty when the location is unknown
   */
  static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return "(at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * The path of the value the parser is in, such as {@code meetings[2].notes}.
   *
   * @param context the parser's context
   * @param withOwnName whether the name the parser last read in an object is part of the path; not
   *     while that name itself is being read
   */
  static String path(TokenStreamContext context, boolean withOwnName) {
    Deque<String> parts = new ArrayDeque<>();
    boolean own = true;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.currentName() != null && (withOwnName || !own)) {
          parts.addFirst("." + c.currentName());
        }
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.addFirst("[" + c.getCurrentIndex() + "]");
      }
      own = false;
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }
}
