package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.report.survey.ExportOptions;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;
import org.junit.jupiter.api.Test;

/** Every bundled survey tool sample imports, from the jar's resources, as the clean one does. */
class SurveyToolExamplesTest {
  private static SurveyImport imported(String tool) throws IOException {
    try (InputStream in = Examples.openSurveyToolExport(tool)) {
      return SurveyImporter.read(
          in,
          Examples.surveyToolFileName(tool),
          Examples.surveyToolMapping(tool),
          BuiltInChecklist.get(),
          ExportOptions.detect());
    }
  }

  private static List<ResponseSet> withoutIds(SurveyImport result) {
    return result.responses().stream()
        .map(r -> ResponseSet.builder().from(r).id("r").build())
        .toList();
  }

  @Test
  void everySampleImportsToTheCleanSamplesResponseSets() throws IOException {
    List<ResponseSet> clean = withoutIds(imported("clean"));
    assertEquals(8, clean.size());
    for (String tool : Examples.surveyTools()) {
      SurveyImport result = imported(tool);
      assertEquals(List.of(), result.problems(), tool);
      assertEquals(clean, withoutIds(result), tool);
    }
  }

  @Test
  void anUnknownToolIsRefusedListingTheSamples() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Examples.surveyToolMapping("typeform"));
    assertEquals(
        "no sample survey export for 'typeform'; the samples are clean, surveymonkey,"
            + " google-forms, microsoft-forms, qualtrics, citizen-space",
        e.getMessage());
  }
}
