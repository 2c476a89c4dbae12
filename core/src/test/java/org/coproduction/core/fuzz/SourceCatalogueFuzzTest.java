package org.coproduction.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.core.SourceCatalogue;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the SourceCatalogue reader. Without {@code JAZZER_FUZZ} this replays the committed inputs
 * under {@code src/test/resources/org/coproduction/core/fuzz/SourceCatalogueFuzzTestInputs/} as
 * ordinary tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The
 * timeout turns a hang into a failure in both modes.
 */
class SourceCatalogueFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, SourceCatalogue.class);
  }
}
