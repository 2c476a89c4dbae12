package org.coproduction.scoring.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.scoring.ladder.LadderAssessment;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the ladder assessment reader: where each stage sits on the ladder, read back by whoever
 * tracks it over time, so anything may come back. Without {@code JAZZER_FUZZ} this replays the
 * committed inputs under {@code
 * src/test/resources/org/coproduction/scoring/fuzz/LadderAssessmentFuzzTestInputs/} as ordinary
 * tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a
 * hang into a failure in both modes.
 */
class LadderAssessmentFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, LadderAssessment.class);
  }
}
