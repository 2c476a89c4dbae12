package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;

/** Table rows for tests that build a value with one bad field and expect one exact refusal. */
public final class Rejections {
  /** The problem every malformed id is refused with. */
  public static final String ID_PROBLEM =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  /** A malformed id that looks like a name typed in the wrong place. */
  public static final String BAD_ID = "Jo Bloggs";

  private Rejections() {}

  /**
   * A case of the table: building fails at {@code path} with {@code problem}.
   *
   * @param path the expected path
   * @param problem the expected problem
   * @param build builds the value
   * @return the test
   */
  public static DynamicTest rejects(String path, String problem, Supplier<?> build) {
    return dynamicTest(
        path + ": " + problem,
        () -> {
          CoProductionException e = assertThrows(CoProductionException.class, build::get);
          assertEquals(path, e.path());
          assertEquals(problem, e.problem());
        });
  }
}
