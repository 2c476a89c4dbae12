package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.Documents;
import org.coproduction.scoring.trend.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bundled example, evaluated end to end, shows what it exists to show. */
class EvaluatorTest {
  static Iterable<String> examples() {
    return BundledExamples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleEvaluatesAndItsReportRoundTrips(String name) {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load(name));
    assertEquals(11, report.recordAnswers().size());
    assertTrue(report.latest().overall().value().isPresent(), name);
    assertEquals(report, Documents.read(Documents.write(report), EvaluationReport.class));
  }

  @Test
  void practisingWhatTheyPreachShowsTokenismAndOverClaiming() {
    EvaluationReport report =
        Evaluator.evaluate(BundledExamples.load("practising-what-they-preach"));
    assertFalse(report.latest().tokenism().isEmpty(), "tokenism signals");
    assertFalse(report.ladder().overClaimedStages().isEmpty(), "over-claimed stages");
  }

  @Test
  void careLeaversShowsYoungPeopleUnpaidWhileProfessionalsWerePaid() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("care-leavers"));
    // Five young people unpaid and two carers paid less: a count, naming nobody.
    assertEquals(Optional.of(7), report.fairness().orElseThrow().peoplePaidLess());
    assertEquals(List.of(), report.fairness().orElseThrow().payGaps());
  }

  @Test
  void opportunitiesFairImprovesFromTheFirstRoundToTheSecond() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("opportunities-fair"));
    assertEquals(2, report.rounds().size());
    assertEquals(Direction.BETTER, report.trend().orElseThrow().overall().direction());
  }

  @Test
  void dementiaClubIsGoingStrongWithoutRedFlagsOfConsequence() {
    EvaluationReport report = Evaluator.evaluate(BundledExamples.load("dementia-club"));
    assertTrue(
        report.latest().overall().value().orElseThrow() >= 75, report.latest().overall().reason());
    assertTrue(report.latest().tokenism().isEmpty());
  }
}
