package org.coproduction.scoring.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.scoring.trend.TrendReport;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the trend report reader: what changed between two rounds, read back by whoever compares
 * them later, so anything may come back. Without {@code JAZZER_FUZZ} this replays the committed
 * inputs under {@code src/test/resources/org/coproduction/scoring/fuzz/TrendReportFuzzTestInputs/}
 * as ordinary tests; with it, Jazzer searches for inputs that break {@link ReaderContract}. The
 * timeout turns a hang into a failure in both modes.
 */
class TrendReportFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, TrendReport.class);
  }
}
