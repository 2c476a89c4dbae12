package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

class LadderAnswersProperties {
  private static final int EXAMPLES = 300;

  /** Up to 20 raters, each answering a random stage with any code of the ladder scale. */
  static List<ResponseSet> answers(long seed) {
    Random random = new Random(seed);
    List<String> codes = AnswerScales.LADDER.codes();
    List<ResponseSet> sets = new ArrayList<>();
    int raters = random.nextInt(21);
    for (int i = 0; i < raters; i++) {
      InterestGroup group = InterestGroup.values()[random.nextInt(InterestGroup.values().length)];
      Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
      sets.add(
          LadderAnswersTest.says("r" + i, group, stage, codes.get(random.nextInt(codes.size()))));
    }
    return sets;
  }

  @Test
  void theChosenRungLiesWithinTheRangeAndCountsNeverExceedTheRaters() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 5))
        .checkAssert(
            (seed, k) -> {
              List<ResponseSet> sets = answers(seed);
              for (StageAnswers a : LadderAnswers.tally(sets, k)) {
                assertTrue(a.counted() <= sets.size());
                a.chosenRung()
                    .ifPresent(
                        c -> {
                          assertFalse(a.lowestRung().get().isAbove(c));
                          assertFalse(c.isAbove(a.highestRung().get()));
                        });
              }
            });
  }

  @Test
  void doesNotDependOnTheOrderOfTheAnswers() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 5))
        .checkAssert(
            (seed, k) -> {
              List<ResponseSet> sets = answers(seed);
              List<ResponseSet> shuffled = new ArrayList<>(sets);
              Collections.shuffle(shuffled, new Random(seed));
              assertEquals(LadderAnswers.tally(sets, k), LadderAnswers.tally(shuffled, k));
            });
  }

  @Test
  void aGroupBelowKChangesNoFigure() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 5))
        .checkAssert(
            (seed, k) -> {
              // The public answer nothing else; one of them answers, below any k of 2 or more.
              List<ResponseSet> sets = new ArrayList<>();
              for (ResponseSet r : answers(seed)) {
                if (r.raterInterestGroup() != InterestGroup.MEMBERS_OF_THE_PUBLIC) {
                  sets.add(r);
                }
              }
              List<StageAnswers> before = LadderAnswers.tally(sets, k);
              List<ResponseSet> more = new ArrayList<>(sets);
              more.add(
                  LadderAnswersTest.says(
                      "lone", InterestGroup.MEMBERS_OF_THE_PUBLIC, Stage.CO_DESIGN, "COERCION"));
              List<StageAnswers> after = LadderAnswers.tally(more, k);
              StageAnswers design = after.get(Stage.CO_DESIGN.ordinal());
              assertTrue(design.answersLeftOut());
              if (!before.isEmpty()) {
                StageAnswers was = before.get(Stage.CO_DESIGN.ordinal());
                assertEquals(was.counted(), design.counted());
                assertEquals(was.chosenRung(), design.chosenRung());
                assertEquals(was.lowestRung(), design.lowestRung());
              } else {
                assertEquals(0, design.counted());
              }
            });
  }

  @Test
  void raisingOneAnswerNeverLowersTheChosenRung() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<ResponseSet> sets = answers(seed);
              List<StageAnswers> before = LadderAnswers.tally(sets, 1);
              for (int i = 0; i < sets.size(); i++) {
                ResponseSet r = sets.get(i);
                String code = r.answers().get(0).answerCode();
                if (!AnswerScales.LADDER.isAnswer(code) || code.equals("CO_PRODUCTION")) {
                  continue;
                }
                Stage stage =
                    org.coproduction.checklist.LadderQuestionnaire.stage(
                            r.answers().get(0).itemId())
                        .orElseThrow();
                List<ResponseSet> raised = new ArrayList<>(sets);
                raised.set(
                    i,
                    LadderAnswersTest.says(
                        r.id(),
                        r.raterInterestGroup(),
                        stage,
                        LadderRung.values()[LadderRung.valueOf(code).ordinal() + 1].name()));
                LadderRung was = before.get(stage.ordinal()).chosenRung().orElseThrow();
                LadderRung now =
                    LadderAnswers.tally(raised, 1).get(stage.ordinal()).chosenRung().orElseThrow();
                assertFalse(was.isAbove(now));
              }
            });
  }
}
