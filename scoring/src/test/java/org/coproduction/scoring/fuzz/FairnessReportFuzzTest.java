package org.coproduction.scoring.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.scoring.fairness.FairnessReport;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the fairness report reader: how fairly people were rewarded, read back from an archive or
 * another tool, so anything may come back. Without {@code JAZZER_FUZZ} this replays the committed
 * inputs under {@code
 * src/test/resources/org/coproduction/scoring/fuzz/FairnessReportFuzzTestInputs/} as ordinary
 * tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a
 * hang into a failure in both modes.
 */
class FairnessReportFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, FairnessReport.class);
  }
}
