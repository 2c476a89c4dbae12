package org.coproduction.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.core.practice.RecommendationCatalogue;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the RecommendationCatalogue reader. Without {@code JAZZER_FUZZ} this replays the committed
 * inputs under {@code
 * src/test/resources/org/coproduction/core/fuzz/RecommendationCatalogueFuzzTestInputs/} as ordinary
 * tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a
 * hang into a failure in both modes.
 */
class RecommendationCatalogueFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, RecommendationCatalogue.class);
  }
}
