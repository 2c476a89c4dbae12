package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without chromium the browser test is skipped on a laptop and fails in CI. */
class HeadlessChromiumTest {
  private static final String WHY =
      "chromium is not on the PATH, so the HTML report cannot be opened in a real browser;"
          + " install it with: apt-get install chromium";

  @Test
  void withoutChromiumTheBrowserTestIsSkippedOutsideCi(@TempDir Path empty) {
    TestAbortedException e =
        assertThrows(
            TestAbortedException.class,
            () -> HeadlessChromium.require(Map.of("PATH", empty.toString())));
    assertEquals(WHY, e.getMessage());
  }

  @Test
  void withoutChromiumTheBrowserTestFailsInCi(@TempDir Path empty) {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> HeadlessChromium.require(Map.of("PATH", empty.toString(), "CI", "true")));
    assertEquals(WHY + " (CI is set, and .ci/run should have installed it)", e.getMessage());
  }
}
