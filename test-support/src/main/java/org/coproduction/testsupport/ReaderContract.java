package org.coproduction.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The contract every document reader keeps for any input at all, checked by the fuzz tests: the
 * text either reads, or is refused with the library's one exception. Anything else that escapes
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
 * <p>This module knows nothing of the library (core's own tests use it), so a {@link Format} hands
 * it the reader, the writer and the refusal; each module's fuzz tests build one from {@code
 * Documents} and {@code CoProductionException}.
 */
public final class ReaderContract {
  private ReaderContract() {}

  /**
   * How one document type is read and written, and how a refusal reads.
   *
   * @param <T> the document type
   * @param <E> the exception a refusal is
   * @param read reads a document from its text
   * @param readReader reads a document from a {@link Reader}
   * @param write writes a document as text
   * @param refusal the exception the reader refuses a document with
   * @param problem what a refusal says is wrong
   * @param place where a refusal says the problem is; empty when it names no place
   */
  public record Format<T, E extends RuntimeException>(
      Function<String, T> read,
      Function<Reader, T> readReader,
      Function<T, String> write,
      Class<E> refusal,
      Function<E, String> problem,
      Function<E, String> place) {}

  /**
   * Reads the input in the given format and checks the contract; the value when it read, or {@code
   * null} when it was refused.
   */
  public static <T, E extends RuntimeException> T check(byte[] input, Format<T, E> format) {
    String json = new String(input, StandardCharsets.UTF_8);
    T first;
    try {
      first = format.read().apply(json);
    } catch (RuntimeException e) {
      E refused = refusalOrRethrow(e, format);
      assertSaysWhereAndWhat(refused, format);
      assertSameOutcomeFromAReader(json, refused, format);
      return null;
    }
    assertEquals(
        first, format.readReader().apply(new StringReader(json)), "the Reader overload agrees");
    String written = format.write().apply(first);
    T again;
    try {
      again = format.read().apply(written);
    } catch (RuntimeException e) {
      E refused = refusalOrRethrow(e, format);
      throw new AssertionError(
          "the library refused its own written form: " + refused.getMessage(), refused);
    }
    assertEquals(first, again, "written and read again, the document is unchanged");
    assertEquals(written, format.write().apply(again), "writing is stable");
    return first;
  }

  private static <E extends RuntimeException> E refusalOrRethrow(
      RuntimeException e, Format<?, E> format) {
    if (format.refusal().isInstance(e)) {
      return format.refusal().cast(e);
    }
    throw e;
  }

  /**
   * The reader's fallbacks are not refusals in domain words: "cannot be read" means a check threw
   * something other than the library's exception, and "not valid JSON" without a line means a
   * problem with a value was taken for a syntax error, so the person fixing the file is not told
   * where to look.
   */
  private static <E extends RuntimeException> void assertSaysWhereAndWhat(
      E refused, Format<?, E> format) {
    String problem = format.problem().apply(refused);
    assertFalse(problem.isBlank(), "a refusal says what is wrong");
    assertFalse(
        problem.startsWith("cannot be read"),
        () -> "a refusal in domain words, not a fallback: " + refused.getMessage());
    assertFalse(
        problem.startsWith("not valid JSON") && format.place().apply(refused).isEmpty(),
        () -> "a syntax error names its line: " + refused.getMessage());
  }

  private static <E extends RuntimeException> void assertSameOutcomeFromAReader(
      String json, E refused, Format<?, E> format) {
    try {
      format.readReader().apply(new StringReader(json));
    } catch (RuntimeException e) {
      E again = refusalOrRethrow(e, format);
      assertEquals(refused.getMessage(), again.getMessage(), "the Reader overload refuses alike");
      return;
    }
    throw new AssertionError("the Reader overload read what the String overload refused");
  }
}
