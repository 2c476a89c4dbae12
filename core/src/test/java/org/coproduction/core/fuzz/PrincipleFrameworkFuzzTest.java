package org.coproduction.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the PrincipleFramework reader. Without {@code JAZZER_FUZZ} this replays the committed
 * inputs under {@code
 * src/test/resources/org/coproduction/core/fuzz/PrincipleFrameworkFuzzTestInputs/} as ordinary
 * tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a
 * hang into a failure in both modes.
 */
class PrincipleFrameworkFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, PrincipleFramework.class);
  }
}
