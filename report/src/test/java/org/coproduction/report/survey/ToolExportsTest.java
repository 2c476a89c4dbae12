package org.coproduction.report.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.BundledExamples;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * An export in the layout of each survey tool imports with its mapping's preset to the same
 * response sets, and the same scores, as the clean CSV of the same answers. Writes what it made to
 * {@code target/tool-exports/}, where the examples module's bundled copies come from.
 */
class ToolExportsTest {
  private static final Path BUNDLED =
      Path.of(
          "..",
          "examples",
          "src",
          "main",
          "resources",
          "org",
          "coproduction",
          "examples",
          "survey",
          "tools");

  static SurveyImport importOf(String tool, byte[] bytes) throws IOException {
    return SurveyImporter.read(
        new ByteArrayInputStream(bytes),
        ToolExports.fileName(tool),
        ToolExports.mapping(tool),
        BuiltInChecklist.get(),
        ExportOptions.detect());
  }

  /** Response sets with the tool's own ids taken out, which differ from tool to tool. */
  static List<ResponseSet> withoutIds(SurveyImport result) {
    return result.responses().stream()
        .map(r -> ResponseSet.builder().from(r).id("r").build())
        .toList();
  }

  private static EvaluationReport scored(SurveyImport result) {
    Evaluation club = BundledExamples.load("dementia-club");
    return Evaluator.evaluate(
        Evaluation.builder().from(club).responses(result.responses()).build());
  }

  @Test
  void everyToolsExportImportsAndScoresAsTheCleanCsvDoes() throws IOException {
    SurveyImport clean = importOf("clean", ToolExports.export("clean"));
    assertEquals(List.of(), clean.messages());
    assertEquals(8, clean.imported());
    EvaluationReport cleanScores = scored(clean);
    for (String tool : ToolExports.TOOLS) {
      SurveyImport result = importOf(tool, ToolExports.export(tool));
      assertEquals(List.of(), result.problems(), tool);
      assertEquals(8, result.imported(), tool + ": " + result.summary());
      assertEquals(withoutIds(clean), withoutIds(result), tool);
      EvaluationReport scores = scored(result);
      assertEquals(cleanScores.rounds().get(0).overall(), scores.rounds().get(0).overall(), tool);
      assertEquals(cleanScores.rounds().get(0).areas(), scores.rounds().get(0).areas(), tool);
    }
  }

  @Test
  void theSummarySaysHowEachExportWasRead() throws IOException {
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (surveymonkey.csv: CSV in UTF-8, separated by commas,"
            + " 2 header rows)",
        importOf("surveymonkey", ToolExports.export("surveymonkey")).summary());
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (qualtrics.csv: CSV in UTF-8 with a byte order mark,"
            + " separated by commas, 3 header rows)",
        importOf("qualtrics", ToolExports.export("qualtrics")).summary());
    assertEquals(
        "8 rows read: 8 imported, 0 skipped (citizen-space.xlsx: Excel workbook, sheet"
            + " 'Responses', 1 header row)",
        importOf("citizen-space", ToolExports.export("citizen-space")).summary());
  }

  @Test
  void aTickedSecondGroupIsNotedWhenTheMappingSaysFirst() throws IOException {
    SurveyImport result = importOf("google-forms", ToolExports.export("google-forms"));
    assertEquals(
        List.of(
            "google-forms.csv, row 5, column 'Which group are you speaking for?': ticks 2 interest"
                + " groups (FAMILY_AND_FRIENDS_WHO_CARE, PEOPLE_WHO_USE_SERVICES); counted as"
                + " FAMILY_AND_FRIENDS_WHO_CARE, as the mapping's multipleChoices FIRST says"),
        result.messages());
  }

  /**
   * The examples module ships these exports and mappings; they must be the ones written here. A
   * workbook's bytes carry no meaning of their own, so workbooks are compared by what they import.
   */
  @Test
  void theBundledToolExportsAreTheOnesWrittenHere() throws IOException {
    Path out = Path.of("target", "tool-exports");
    Files.createDirectories(out);
    for (String tool : ToolExports.TOOLS) {
      Files.write(out.resolve(ToolExports.fileName(tool)), ToolExports.export(tool));
      Files.writeString(
          out.resolve(tool + "-mapping.json"),
          Documents.write(ToolExports.mapping(tool)),
          StandardCharsets.UTF_8);
    }
    for (String tool : ToolExports.TOOLS) {
      String file = ToolExports.fileName(tool);
      byte[] export = ToolExports.export(tool);
      String mapping = Documents.write(ToolExports.mapping(tool));
      assertEquals(
          mapping,
          Files.readString(BUNDLED.resolve(tool + "-mapping.json"), StandardCharsets.UTF_8),
          tool);
      byte[] bundled = Files.readAllBytes(BUNDLED.resolve(file));
      if (file.endsWith(".csv")) {
        assertArrayEquals(export, bundled, file);
      } else {
        assertEquals(importOf(tool, export), importOf(tool, bundled), file);
      }
    }
  }
}
