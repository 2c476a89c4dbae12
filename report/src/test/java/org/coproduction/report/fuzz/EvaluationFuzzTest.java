package org.coproduction.report.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.report.Evaluation;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the evaluation reader, the file the {@code evaluate} command takes from outside. Without
 * {@code JAZZER_FUZZ} it replays the committed inputs in {@code EvaluationFuzzTestInputs/}.
 */
class EvaluationFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(20)
  void anyTextReadsOrIsRefused(byte[] input) {
    ExamplesReaderContract.check(input, Evaluation.class);
  }
}
