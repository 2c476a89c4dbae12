package org.coproduction.scoring.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.scoring.ScoreReport;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the score report reader: the scores of one round: a pipeline that stores reports, or a
 * tool that draws them, reads them back, so anything may come back. Without {@code JAZZER_FUZZ}
 * this replays the committed inputs under {@code
 * src/test/resources/org/coproduction/scoring/fuzz/ScoreReportFuzzTestInputs/} as ordinary tests;
 * with it, Jazzer searches for inputs that break {@link ReaderContract}. The timeout turns a hang
 * into a failure in both modes.
 */
class ScoreReportFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ReaderContract.check(input, ScoreReport.class);
  }
}
