package org.coproduction.checklist.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the ResponseSet reader. Without {@code JAZZER_FUZZ} this replays the committed inputs
 * under {@code src/test/resources/org/coproduction/checklist/fuzz/ResponseSetFuzzTestInputs/} as
 * ordinary tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The
 * timeout turns a hang into a failure in both modes.
 *
 * <p>A response set that reads is also checked against the built-in checklist, as a scorer would
 * before using it: that too either passes or is refused with {@link CoProductionException}.
 */
class ResponseSetFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ResponseSet responses = ReaderContract.check(input, ResponseSet.class);
    if (responses == null) {
      return;
    }
    try {
      responses.validateAgainst(BuiltInChecklist.get());
    } catch (CoProductionException doesNotFit) {
      // Answers to another checklist, or to items it lacks: a refusal, as it should be.
    }
  }
}
