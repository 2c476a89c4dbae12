package org.coproduction.report.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.report.survey.SurveyMapping;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the survey mapping reader. Without {@code JAZZER_FUZZ} it replays the committed inputs in
 * {@code SurveyMappingFuzzTestInputs/}.
 */
class SurveyMappingFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    ExamplesReaderContract.check(input, SurveyMapping.class);
  }
}
