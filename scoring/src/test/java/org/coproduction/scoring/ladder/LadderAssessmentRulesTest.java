package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

/**
 * The rules a ladder assessment keeps when it is read back or built by hand, on the day services
 * assessment of the golden fixture: each edit breaks one rule, and the message says where.
 */
class LadderAssessmentRulesTest {
  private static final String ID_RULE =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
  private static final LadderAssessment ASSESSMENT = Ladders.assess(LadderGoldenTest.dayServices());

  private static void refused(String message, Supplier<Object> build) {
    CoProductionException e = assertThrows(CoProductionException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void anAssessmentNamesItsInitiativeByAWellFormedId() {
    refused(
        "initiativeId: " + ID_RULE,
        () -> LadderAssessment.builder().from(ASSESSMENT).initiativeId("day services").build());
  }

  @Test
  void aStagePlacedTwiceIsRefused() {
    List<StagePlacement> stages = new ArrayList<>(ASSESSMENT.stages());
    stages.add(1, stages.get(0));
    refused(
        "stages[1].stage: stages must be in stage order, each at most once",
        () -> LadderAssessment.builder().from(ASSESSMENT).stages(stages).build());
  }

  @Test
  void aPlacementNeedsASummaryAndACapNeedsWellFormedEvidenceAndAReason() {
    StagePlacement first = ASSESSMENT.stages().get(0);
    refused(
        "summary: must not be blank",
        () -> StagePlacement.builder().from(first).summary(" ").build());
    LadderCap cap = first.caps().get(0);
    refused(
        "evidence[0]: " + ID_RULE,
        () -> LadderCap.builder().from(cap).evidence(List.of("decision one")).build());
    refused("reason: must not be blank", () -> LadderCap.builder().from(cap).reason(" ").build());
  }
}
