package org.coproduction.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared checks that the other modules lean on, at and just past their edges. */
class ChecksTest {
  @ParameterizedTest
  @CsvSource({"0, 0, 100", "100, 0, 100", "50, 0, 100", "-100, -100, 100", "0.25, 0, 1"})
  void aNumberWithinTheRangeOrOnItsEdgeIsAccepted(double value, double min, double max) {
    Checks.between("share", value, min, max);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1     | 0    | 100 | must be between 0 and 100, was -1",
        "100.5  | 0    | 100 | must be between 0 and 100, was 100.5",
        "-0.25  | 0    | 1   | must be between 0 and 1, was -0.25",
        "1.5    | 0.5  | 1.25| must be between 0.5 and 1.25, was 1.5",
        "NaN    | 0    | 100 | must be between 0 and 100, was NaN",
      })
  void aNumberOutsideTheRangeIsRejectedWithBothEdges(
      double value, double min, double max, String problem) {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Checks.between("share", value, min, max));
    assertEquals("share", e.path());
    assertEquals(problem, e.problem());
  }

  @Test
  void numbersAreShownAsPeopleWriteThem() {
    assertEquals("3", Checks.plain(3.0));
    assertEquals("-3", Checks.plain(-3.0));
    assertEquals("0", Checks.plain(0.0));
    assertEquals("0.25", Checks.plain(0.25));
    assertEquals("-2.5", Checks.plain(-2.5));
    assertEquals("999999999999999", Checks.plain(999_999_999_999_999.0));
    // From 10^15 on a whole double is shown in Java's own form rather than cut to a long.
    assertEquals("1.0E15", Checks.plain(1e15));
    assertEquals("-1.0E15", Checks.plain(-1e15));
    assertEquals("Infinity", Checks.plain(Double.POSITIVE_INFINITY));
  }
}
