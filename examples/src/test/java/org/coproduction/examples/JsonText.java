package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edits to the text {@code Documents.write} gives, for building invalid files from valid ones. This
 * module does not read Jackson (only the report module does), so the edits work on the text and
 * fail the test when their anchor is not where they expect it.
 */
final class JsonText {
  private JsonText() {}

  /** Replaces {@code anchor}, which must occur exactly once. */
  static String replaceOnce(String json, String anchor, String replacement) {
    int at = json.indexOf(anchor);
    assertTrue(at >= 0, "no anchor " + anchor);
    assertEquals(-1, json.indexOf(anchor, at + 1), "the anchor occurs more than once: " + anchor);
    return json.substring(0, at) + replacement + json.substring(at + anchor.length());
  }

  /**
   * Replaces the value of the {@code index}-th (from 0) field called {@code field} after {@code
   * after}, checking that it was {@code was}: with {@code after} a list's name and one such field
   * per element, that is the field of element {@code index}.
   */
  static String replaceValue(
      String json, String after, String field, int index, String was, String value) {
    String key = "\"" + field + "\" : ";
    int at = json.indexOf(after);
    assertTrue(at >= 0, "no " + after);
    for (int i = 0; i <= index; i++) {
      at = json.indexOf(key, at + 1);
      assertTrue(at >= 0, "fewer than " + (index + 1) + " fields " + field);
    }
    int start = at + key.length();
    assertEquals(was, json.substring(start, start + was.length()), "the value found");
    return json.substring(0, start) + value + json.substring(start + was.length());
  }
}
