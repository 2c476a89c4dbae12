package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.coproduction.checklist.AnswerOption;
import org.coproduction.checklist.AnswerScale;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.people.InterestGroup;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Scoring on any answer scale the rules allow, generated. */
class ScaleScoringProperties {
  private static final ScoringSettings EVERY_ANSWER_COUNTS =
      ScoringSettings.builder().minimumGroupSize(1).build();

  /** A scale, and raters' answers to one item as places on it (0 = bottom; -1 = don't know). */
  record Answered(AnswerScale scale, List<Integer> answers) {}

  static Gen<AnswerScale> scales() {
    Gen<Integer> size = integers().between(2, AnswerScale.MAX_ANSWERS);
    Gen<Integer> tenths = integers().between(1, 999);
    Gen<Boolean> rising = booleans().all();
    return in -> {
      int n = size.generate(in);
      TreeSet<Integer> inside = new TreeSet<>();
      while (inside.size() < n - 2) {
        inside.add(tenths.generate(in));
      }
      List<Double> values = new ArrayList<>();
      values.add(0.0);
      inside.forEach(t -> values.add(t / 10.0));
      values.add(100.0);
      if (!rising.generate(in)) {
        Collections.reverse(values);
      }
      AnswerScale.Builder b = AnswerScale.builder().id("ours").title("How well?");
      for (int i = 0; i < n; i++) {
        b.addOptions(AnswerOption.answer("A" + i, "Answer " + i, "Answer " + i, values.get(i)));
      }
      return b.addNotAnswers(AnswerOption.notAnAnswer("DK", "Don't know", "I don't know")).build();
    };
  }

  static Gen<Answered> answered() {
    return in -> {
      AnswerScale scale = scales().generate(in);
      List<Integer> answers =
          lists()
              .of(integers().between(-1, scale.options().size() - 1))
              .ofSizeBetween(1, 9)
              .generate(in);
      return new Answered(scale, answers);
    };
  }

  @Test
  void aBetterAnswerNeverLowersTheScoreNorRaisesTheShareAtTheBottom() {
    qt().withExamples(300)
        .forAll(answered(), integers().between(0, 8))
        .assuming((a, who) -> who < a.answers().size() && a.answers().get(who) >= 0)
        .checkAssert(
            (a, who) -> {
              int place = a.answers().get(who);
              if (place == a.scale().options().size() - 1) {
                return;
              }
              List<Integer> better = new ArrayList<>(a.answers());
              better.set(who, place + 1);
              ScoreReport before = score(a.scale(), a.answers());
              ScoreReport after = score(a.scale(), better);
              double was = before.items().get(0).value().orElseThrow();
              double now = after.items().get(0).value().orElseThrow();
              assertTrue(now >= was, now + " after " + was);
              assertTrue(
                  after.redFlags().size() <= before.redFlags().size(),
                  "a better answer raised a red flag");
            });
  }

  @Test
  void optionsThatAreNotAnswersNeverCountAndLeaveAnItemWithoutAScoreWhenAllGaveThem() {
    qt().withExamples(200)
        .forAll(answered())
        .checkAssert(
            a -> {
              ItemScore item = score(a.scale(), a.answers()).items().get(0);
              long counted = a.answers().stream().filter(p -> p >= 0).count();
              assertEquals(counted, item.raters());
              assertEquals(a.answers().size() - counted, item.answers().notAnswered());
              assertEquals(counted == 0, item.value().isEmpty());
              assertEquals(counted, item.answers().scored());
            });
  }

  @Test
  void theScoreLiesBetweenTheLowestAndHighestValueGiven() {
    qt().withExamples(200)
        .forAll(answered())
        .assuming(a -> a.answers().stream().anyMatch(p -> p >= 0))
        .checkAssert(
            a -> {
              List<AnswerOption> up = a.scale().ascending();
              double low = 100;
              double high = 0;
              for (int p : a.answers()) {
                if (p >= 0) {
                  low = Math.min(low, up.get(p).value().orElseThrow());
                  high = Math.max(high, up.get(p).value().orElseThrow());
                }
              }
              double value = score(a.scale(), a.answers()).items().get(0).value().orElseThrow();
              assertTrue(value >= Math.floor(low * 10) / 10 && value <= Math.ceil(high * 10) / 10);
            });
  }

  /** Scores one item, each rater giving the answer at their place from the bottom. */
  private static ScoreReport score(AnswerScale scale, List<Integer> places) {
    Checklist base = ScalesScoringTest.agreementChecklist(1);
    Checklist checklist =
        Checklist.builder()
            .from(base)
            .scaleId(scale.id())
            .scales(List.of(scale))
            .answerCodes(scale.codes())
            .build();
    List<ResponseSet> raters = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      int p = places.get(i);
      String code = p < 0 ? "DK" : scale.ascending().get(p).code();
      raters.add(
          ScalesScoringTest.rater(checklist, "r" + i, InterestGroup.PEOPLE_WHO_USE_SERVICES, code));
    }
    return Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS);
  }
}
