package org.coproduction.report.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.CoProductionException;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.survey.ExportOptions;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.coproduction.report.survey.SurveyMapping;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the survey CSV importer with the bundled sample mapping: any text either imports (good
 * rows kept, bad rows reported and counted) or, when the file as a whole cannot be used (no header,
 * a mapped column missing), is refused with {@link CoProductionException}. Nothing else escapes.
 * Without {@code JAZZER_FUZZ} it replays the committed inputs in {@code
 * SurveyImportFuzzTestInputs/}.
 */
class SurveyImportFuzzTest {
  private static final SurveyMapping MAPPING = BundledExamples.sampleSurveyMapping();

  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextImportsOrIsRefused(byte[] input) {
    String csv = new String(input, StandardCharsets.UTF_8);
    SurveyImport result;
    try {
      result = SurveyImporter.read(new StringReader(csv), MAPPING, BuiltInChecklist.get());
    } catch (CoProductionException refused) {
      assertFalse(refused.problem().isBlank(), "a refusal says what is wrong");
      return;
    }
    assertEquals(result.rowsRead(), result.imported() + result.skipped(), result.summary());
    assertEquals(result.imported(), result.responses().size(), "every imported row is kept");
  }

  /**
   * Any file, as bytes: CSV in any encoding with any separator, or a workbook, damaged or not,
   * imports or is refused with {@link CoProductionException}; no parser's own exception escapes.
   * Replays {@code SurveyImportFuzzTestInputs/anyFileImportsOrIsRefused/}.
   */
  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyFileImportsOrIsRefused(byte[] input) throws IOException {
    SurveyImport result;
    try {
      result =
          SurveyImporter.read(
              new ByteArrayInputStream(input),
              "export",
              MAPPING,
              BuiltInChecklist.get(),
              ExportOptions.detect());
    } catch (CoProductionException refused) {
      assertFalse(refused.problem().isBlank(), "a refusal says what is wrong");
      return;
    }
    assertEquals(result.rowsRead(), result.imported() + result.skipped(), result.summary());
    assertTrue(result.source().isPresent(), "the import says how the file was read");
  }
}
