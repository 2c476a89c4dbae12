package org.coproduction.report.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.report.EvaluationReport;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the evaluation report reader: the {@code evaluate} command's JSON output, read back by
 * whoever archives or compares reports, so anything may come back. Without {@code JAZZER_FUZZ} it
 * replays the committed inputs in {@code EvaluationReportFuzzTestInputs/}.
 */
class EvaluationReportFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ExamplesReaderContract.check(input, EvaluationReport.class);
  }
}
