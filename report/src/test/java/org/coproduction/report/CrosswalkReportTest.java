package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.scoring.crosswalk.CrosswalkReport;
import org.coproduction.scoring.crosswalk.CrosswalkVerdict;
import org.coproduction.scoring.crosswalk.PrincipleCrosswalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dementia club was assessed with the co-production checklist and the recommendations
 * self-assessment: its report sets the two side by side per principle in every format, and a report
 * of one instrument has no such section.
 */
class CrosswalkReportTest {
  private static final Evaluation CLUB = BundledExamples.load("dementia-club");

  private static String render(Evaluation evaluation, ReportFormat format) {
    return format.render(Evaluator.evaluate(evaluation), evaluation.checklistInUse());
  }

  private static Evaluation.Builder club() {
    return Evaluation.builder().from(CLUB);
  }

  @Test
  void theClubsTwoInstrumentsAreSetSideBySideOnTheGuidesPrinciples() {
    CrosswalkReport crosswalk = Evaluator.evaluate(CLUB).crosswalk().orElseThrow();
    assertEquals("guide", crosswalk.frameworkId(), "the checklist's first framework");
    assertEquals(
        List.of("coproduction-police", "recommendations-self-assessment"),
        crosswalk.instruments().stream().map(c -> c.id()).toList());
    assertEquals(
        List.of(
            CrosswalkVerdict.AGREE,
            CrosswalkVerdict.AGREE,
            CrosswalkVerdict.DIFFER,
            CrosswalkVerdict.DIFFER),
        crosswalk.principles().stream().map(PrincipleCrosswalk::verdict).toList());
    PrincipleCrosswalk reciprocity = crosswalk.principles().get(3);
    assertEquals("reciprocity", reciprocity.principleId());
    assertTrue(
        reciprocity.results().get(1).items().stream()
            .anyMatch(i -> i.itemId().equals("money-and-time-set-aside")),
        "the items behind the self-assessment's reciprocity score");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void everyReadableFormatHasTheSection(ReportFormat format) {
    String report = render(CLUB, format);
    assertTrue(report.contains("The instruments side by side"), format.cliName());
    assertTrue(report.contains("money-and-time-set-aside"), format.cliName());
    assertTrue(report.contains("They agree on Equality and Diversity"), format.cliName());
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML", "JSON"})
  void everyInstrumentsItemsAreNamedByTheirStatements(ReportFormat format) {
    String statement =
        RecommendationsSelfAssessment.get()
            .item("money-and-time-set-aside")
            .orElseThrow()
            .statement();
    String police = BuiltInChecklist.get().item("venue-access").orElseThrow().statement();
    // Only the start: the layouts wrap lines and HTML escapes quotes.
    String report = render(CLUB, format).replaceAll("\\s+", " ");
    assertTrue(report.contains(statement.substring(0, 20)), format.cliName() + ": " + statement);
    assertTrue(report.contains(police.substring(0, 20)), format.cliName() + ": " + police);
  }

  @Test
  void eachInstrumentSaysWhichReviewRoundItsAnswersComeFrom() {
    CrosswalkReport crosswalk = Evaluator.evaluate(CLUB).crosswalk().orElseThrow();
    assertEquals(
        Map.of(
            "coproduction-police", "review-2025", "recommendations-self-assessment", "review-2025"),
        crosswalk.reviewRoundIds());
    String text = render(CLUB, ReportFormat.TEXT).replaceAll("\\s+", " ");
    assertTrue(
        text.contains("recommendations-self-assessment 1.0 (answers of review round review-2025)"),
        text);
  }

  @Test
  void theJsonReportAndTheSarifLogCarryTheCrosswalk() {
    String json = render(CLUB, ReportFormat.JSON);
    assertEquals(
        Evaluator.evaluate(CLUB).crosswalk(),
        Documents.read(json, EvaluationReport.class).crosswalk());
    String sarif = render(CLUB, ReportFormat.SARIF);
    assertTrue(sarif.contains("\"crosswalk\""), "the run's properties");
    assertTrue(sarif.contains("\"verdict\" : \"DIFFER\""), "the club's reciprocity");
  }

  @Test
  void theTidyCrosswalkHasOneRowPerPrincipleAndInstrument() {
    List<String> lines = render(CLUB, ReportFormat.TIDY_CROSSWALK).lines().toList();
    assertEquals(
        "evaluation_id,initiative_id,framework_id,principle_id,checklist_id,checklist_version,"
            + "asked,status,value,band,raters,items_used,verdict,gap",
        lines.get(0));
    assertEquals(1 + 4 * 2, lines.size(), "four principles of the guide, two instruments");
    assertTrue(
        lines
            .get(8)
            .startsWith(
                "dementia-club,dementia-club,guide,reciprocity,recommendations-self-assessment,1.0,"
                    + "TRUE,CONCLUSIVE,70.8,ON_THE_WAY,"),
        lines.get(8));
    assertTrue(lines.get(8).endsWith(",DIFFER,21.3"), lines.get(8));
  }

  @Test
  void aReportOfOneInstrumentHasNoCrosswalk() {
    Evaluation one = club().otherInstruments(List.of()).build();
    assertTrue(Evaluator.evaluate(one).crosswalk().isEmpty());
    assertFalse(render(one, ReportFormat.TEXT).contains("The instruments side by side"));
    assertFalse(render(one, ReportFormat.JSON).contains("\"crosswalk\""));
    assertFalse(render(one, ReportFormat.SARIF).contains("\"crosswalk\""));
    assertEquals(1, render(one, ReportFormat.TIDY_CROSSWALK).lines().count(), "the header");
    assertFalse(Documents.write(one).contains("otherInstruments"), "left out when empty");
  }

  @Test
  void theEvaluationChoosesTheFramework() {
    Evaluation duneane = club().crosswalkFramework("duneane").build();
    CrosswalkReport crosswalk = Evaluator.evaluate(duneane).crosswalk().orElseThrow();
    assertEquals("duneane", crosswalk.frameworkId());
    // The self-assessment maps only to the guide: everything the checklist says stands alone.
    assertTrue(
        crosswalk.principles().stream()
            .allMatch(
                p ->
                    p.verdict() == CrosswalkVerdict.ONE_INSTRUMENT_ONLY
                        || p.verdict() == CrosswalkVerdict.NOT_ASKED));
    assertEquals(duneane, Documents.read(Documents.write(duneane), Evaluation.class));
  }

  @Test
  void theSameChecklistTwiceIsRefused() {
    Instrument police =
        Instrument.builder()
            .builtIn(BuiltInChecklist.ID)
            .responses(List.of(CLUB.responses().get(0)))
            .build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> club().otherInstruments(List.of(police)).build());
    assertTrue(e.getMessage().startsWith("otherInstruments[0].builtIn:"), e.getMessage());
  }

  @Test
  void anUnknownBuiltInChecklistIsRefusedByName() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                Instrument.builder()
                    .builtIn("recomendations-self-assessment")
                    .responses(CLUB.responses())
                    .build());
    assertTrue(e.getMessage().contains("'recomendations-self-assessment'"), e.getMessage());
    assertTrue(e.getMessage().contains("recommendations-self-assessment"), e.getMessage());
  }

  @Test
  void answersToTheOtherInstrumentAreCheckedAgainstItsScale() {
    Instrument other = CLUB.otherInstruments().get(0);
    ResponseSet first = other.responses().get(0);
    ResponseSet wrong =
        ResponseSet.builder()
            .from(first)
            .answers(List.of(ItemResponse.of("culture-throughout", "YES")))
            .build();
    Instrument broken = Instrument.builder().from(other).responses(List.of(wrong)).build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> club().otherInstruments(List.of(broken)).build());
    assertTrue(e.getMessage().startsWith("otherInstruments[0].responses[0]"), e.getMessage());
  }

  @Test
  void aFrameworkForACrosswalkWithoutAnotherInstrumentIsRefused() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> club().otherInstruments(List.of()).crosswalkFramework("guide").build());
    assertTrue(e.getMessage().startsWith("crosswalkFramework:"), e.getMessage());
  }

  @Test
  void aFrameworkNoInstrumentMapsToIsRefused() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> club().crosswalkFramework("gide").build());
    assertTrue(e.getMessage().contains("framework 'gide'"), e.getMessage());
  }
}
