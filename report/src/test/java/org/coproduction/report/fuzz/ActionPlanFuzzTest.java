package org.coproduction.report.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.report.actions.ActionPlan;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the action plan reader: plans are edited by hand, so anything may come back. Without
 * {@code JAZZER_FUZZ} it replays the committed inputs in {@code ActionPlanFuzzTestInputs/}.
 */
class ActionPlanFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ExamplesReaderContract.check(input, ActionPlan.class);
  }
}
