package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.practice.LadderRung;
import org.junit.jupiter.api.Test;

class LadderProperties {
  /** Writing and strictly reading JSON is the slow part; fewer examples keep the build quick. */
  private static final int ROUND_TRIPS = 150;

  /**
   * Enough examples to reach every rule, few enough to keep the build quick on a shared machine.
   */
  private static final int EXAMPLES = 400;

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  static Initiative reordered(Initiative i, Random random) {
    return Initiative.builder()
        .id(i.id())
        .name(i.name())
        .purpose(i.purpose())
        .participants(shuffled(i.participants(), random))
        .bodies(shuffled(i.bodies(), random))
        .stages(shuffled(i.stages(), random))
        .meetings(shuffled(i.meetings(), random))
        .suggestions(shuffled(i.suggestions(), random))
        .decisions(shuffled(i.decisions(), random))
        .reviewRounds(shuffled(i.reviewRounds(), random))
        .assets(shuffled(i.assets(), random))
        .build();
  }

  @Test
  void roundTripsThroughDocuments() {
    qt().withExamples(ROUND_TRIPS)
        .forAll(LadderGenerators.assessments())
        .checkAssert(
            a -> assertEquals(a, Documents.read(Documents.write(a), LadderAssessment.class)));
  }

  @Test
  void doesNotDependOnTheOrderOfTheRecords() {
    qt().withExamples(EXAMPLES)
        .forAll(LadderGenerators.initiatives(), LadderGenerators.settings(), longs().all())
        .checkAssert(
            (i, settings, seed) ->
                assertEquals(
                    Ladders.assess(i, settings),
                    Ladders.assess(reordered(i, new Random(seed)), settings)));
  }

  @Test
  void evidenceNeverRaisesAStageAboveItsDeclaredRung() {
    qt().withExamples(EXAMPLES)
        .forAll(LadderGenerators.assessments())
        .checkAssert(
            a ->
                a.stages()
                    .forEach(
                        p -> {
                          assertFalse(p.suggestedRung().isAbove(p.declaredRung()));
                          assertEquals(
                              p.overClaimed(), p.findings().contains(LadderFinding.OVER_CLAIMED));
                        }));
  }

  @Test
  void everyStageIsEitherPlacedOrListedAsUndeclared() {
    qt().withExamples(EXAMPLES)
        .forAll(LadderGenerators.initiatives())
        .checkAssert(
            i -> {
              LadderAssessment a = Ladders.assess(i);
              assertEquals(i.stages().size(), a.stages().size());
              assertEquals(4, a.stages().size() + a.undeclaredStages().size());
            });
  }

  @Test
  void addingASettledBeforeDecisionNeverRaisesASuggestedRung() {
    qt().withExamples(EXAMPLES)
        .forAll(
            LadderGenerators.initiatives(),
            LadderGenerators.decisions("dz"),
            LadderGenerators.settings())
        .checkAssert(
            (i, d, settings) -> {
              Initiative.Builder more = Initiative.builder();
              more.from(i);
              more.addDecisions(d);
              LadderAssessment before = Ladders.assess(i, settings);
              LadderAssessment after = Ladders.assess(more.build(), settings);
              for (int s = 0; s < before.stages().size(); s++) {
                LadderRung was = before.stages().get(s).suggestedRung();
                LadderRung now = after.stages().get(s).suggestedRung();
                assertFalse(
                    now.isAbove(was), before.stages().get(s).stage() + ": " + was + " -> " + now);
                if (d.settledBeforeUsersInvolved()
                    && (d.stage().isEmpty() || d.stage().get() == before.stages().get(s).stage())) {
                  assertFalse(now.isAbove(LadderRung.CONSULTATION));
                }
              }
            });
  }

  @Test
  void aHigherLateJoinCapNeverLowersAPlacement() {
    qt().withExamples(EXAMPLES)
        .forAll(LadderGenerators.initiatives())
        .checkAssert(
            i -> {
              LadderAssessment strict = Ladders.assess(i, LadderSettings.of(LadderRung.ENGAGEMENT));
              LadderAssessment lenient = Ladders.assess(i, LadderSettings.of(LadderRung.CO_DESIGN));
              for (int s = 0; s < strict.stages().size(); s++) {
                assertTrue(
                    !strict
                        .stages()
                        .get(s)
                        .suggestedRung()
                        .isAbove(lenient.stages().get(s).suggestedRung()));
              }
            });
  }
}
