package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

class AnswerScaleProperties {

  @Test
  void theAnswersRunFromZeroToOneHundredBottomFirstWhicheverWayRatersSeeThem() {
    qt().forAll(AnswerScaleGenerators.scales())
        .checkAssert(
            s -> {
              List<AnswerOption> up = s.ascending();
              assertEquals(0.0, s.bottom().value().orElseThrow());
              assertEquals(100.0, s.top().value().orElseThrow());
              for (int i = 1; i < up.size(); i++) {
                assertTrue(up.get(i).value().orElseThrow() > up.get(i - 1).value().orElseThrow());
              }
              List<AnswerOption> seen = new ArrayList<>(s.options());
              if (seen.get(0).value().orElseThrow() > 0) {
                Collections.reverse(seen);
              }
              assertEquals(up, seen);
            });
  }

  @Test
  void onlyTheAnswersHaveValuesAndEveryCodeIsFoundOnce() {
    qt().forAll(AnswerScaleGenerators.scales())
        .checkAssert(
            s -> {
              assertEquals(s.options().size() + s.notAnswers().size(), s.codes().size());
              s.options().forEach(o -> assertTrue(s.isAnswer(o.code())));
              s.notAnswers().forEach(o -> assertFalse(s.isAnswer(o.code())));
              s.codes().forEach(c -> assertEquals(c, s.option(c).orElseThrow().code()));
              assertTrue(s.option("MISSING").isEmpty());
            });
  }

  @Test
  void swappingTwoNeighbouringAnswersIsRefusedAsOutOfOrder() {
    qt().forAll(AnswerScaleGenerators.scales())
        .checkAssert(
            s -> {
              List<AnswerOption> swapped = new ArrayList<>(s.options());
              if (swapped.size() == 2) {
                // Two answers swapped are the same scale the other way up.
                Collections.swap(swapped, 0, 1);
                AnswerScale other = AnswerScale.builder().from(s).options(swapped).build();
                assertEquals(s.ascending(), other.ascending());
                return;
              }
              Collections.swap(swapped, 1, 2);
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> AnswerScale.builder().from(s).options(swapped).build());
              assertTrue(
                  e.getMessage().contains("must be in order")
                      || e.getMessage().contains("bottom answer must be worth 0"),
                  e.getMessage());
            });
  }

  @Test
  void aScaleWithAnAnswerLeftOutIsRefusedUnlessItStillRunsFromZeroToOneHundred() {
    qt().forAll(AnswerScaleGenerators.scales())
        .checkAssert(
            s -> {
              List<AnswerOption> fewer = new ArrayList<>(s.options());
              fewer.remove(0);
              if (fewer.size() < 2) {
                assertThrows(
                    CoProductionException.class,
                    () -> AnswerScale.builder().from(s).options(fewer).build());
              } else {
                CoProductionException e =
                    assertThrows(
                        CoProductionException.class,
                        () -> AnswerScale.builder().from(s).options(fewer).build());
                assertTrue(e.getMessage().startsWith("options: the bottom answer"));
              }
            });
  }

  @Test
  void aChecklistOnAnyScaleSurvivesWritingAndReadingAndItsAnswersFitOnlyThatScale() {
    qt().withExamples(150)
        .forAll(AnswerScaleGenerators.scales())
        .checkAssert(
            s -> {
              Checklist c =
                  Checklist.builder()
                      .from(BuiltInChecklist.get())
                      .id("own")
                      .scaleId(s.id())
                      .scales(List.of(s))
                      .answerCodes(s.codes())
                      .basedOn(java.util.Optional.empty())
                      .build();
              assertEquals(c, Documents.read(Documents.write(c), Checklist.class));
              String item = c.items().get(0).id();
              for (String code : s.codes()) {
                raterSaying(c, item, code).validateAgainst(c);
              }
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> raterSaying(c, item, "YES").validateAgainst(c));
              assertEquals("answers[0].answer", e.getMessage().split(":")[0]);
            });
  }

  private static ResponseSet raterSaying(Checklist c, String item, String code) {
    return ResponseSet.builder()
        .id("r")
        .checklist(c.ref())
        .initiativeId("i")
        .raterRole(Role.CARER_OR_FAMILY)
        .raterInterestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
        .addAnswers(ItemResponse.of(item, code))
        .build();
  }
}
