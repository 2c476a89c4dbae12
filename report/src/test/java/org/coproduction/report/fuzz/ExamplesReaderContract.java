package org.coproduction.report.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;

/**
 * The contract every document reader keeps for any input at all, checked by the fuzz tests: the
 * text either reads, or is refused with {@link CoProductionException}. Anything else that escapes
 * (another runtime exception, a stack overflow, running out of memory, or a hang caught by the
 * test's timeout) is a bug, because other systems feed the library files from outside.
 *
 * <p>A refusal must say where and what in the reader's own words, not through one of its fallbacks
 * (see {@link #assertSaysWhereAndWhat}).
 *
 * <p>A document that reads must also survive the trip out and back: written and read again, it is
 * equal to itself and writes the same text. A document the library accepts but then refuses in its
 * own written form would break every pipeline that stores what it read.
 *
 * <p>The same contract as core's fuzz tests check, for the scoring module's result documents (test
 * classes are not shared between modules).
 */
final class ExamplesReaderContract {
  private ExamplesReaderContract() {}

  /**
   * Reads the input as a document of the given type and checks the contract; the value when it
   * read, or {@code null} when it was refused.
   */
  static <T extends Document> T check(byte[] input, Class<T> type) {
    String json = new String(input, StandardCharsets.UTF_8);
    T first;
    try {
      first = Documents.read(json, type);
    } catch (CoProductionException refused) {
      assertSaysWhereAndWhat(refused);
      assertSameOutcomeFromAReader(json, type, refused);
      return null;
    }
    assertEquals(first, Documents.read(new StringReader(json), type), "the Reader overload agrees");
    String written = Documents.write(first);
    T again;
    try {
      again = Documents.read(written, type);
    } catch (CoProductionException e) {
      throw new AssertionError("the library refused its own written form: " + e.getMessage(), e);
    }
    assertEquals(first, again, "written and read again, the document is unchanged");
    assertEquals(written, Documents.write(again), "writing is stable");
    return first;
  }

  /**
   * The reader's fallbacks are not refusals in domain words: "cannot be read" means a check threw
   * something other than the library's exception, and "not valid JSON" without a line means a
   * problem with a value was taken for a syntax error, so the person fixing the file is not told
   * where to look.
   */
  private static void assertSaysWhereAndWhat(CoProductionException refused) {
    assertFalse(refused.problem().isBlank(), "a refusal says what is wrong");
    assertFalse(
        refused.problem().startsWith("cannot be read"),
        () -> "a refusal in domain words, not a fallback: " + refused.getMessage());
    assertFalse(
        refused.problem().startsWith("not valid JSON") && refused.path().isEmpty(),
        () -> "a syntax error names its line: " + refused.getMessage());
  }

  private static <T extends Document> void assertSameOutcomeFromAReader(
      String json, Class<T> type, CoProductionException refused) {
    try {
      Documents.read(new StringReader(json), type);
    } catch (CoProductionException e) {
      assertEquals(refused.getMessage(), e.getMessage(), "the Reader overload refuses alike");
      return;
    }
    throw new AssertionError("the Reader overload read what the String overload refused");
  }
}
