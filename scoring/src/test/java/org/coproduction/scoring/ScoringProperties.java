package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.SideScore;
import org.coproduction.scoring.perspectives.Visibility;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Invariants every score report keeps, whatever the answers. */
class ScoringProperties {
  private static QuickTheory qt200() {
    return qt().withExamples(200);
  }

  @Test
  void theReportIsTheSameWhateverOrderRatersAndTheirAnswersComeIn() {
    qt200()
        .forAll(ScoringGenerators.inputs(), longs().all())
        .checkAssert(
            (input, seed) -> {
              Random random = new Random(seed);
              List<ResponseSet> shuffled = new ArrayList<>();
              for (ResponseSet set : input.responses) {
                List<ItemResponse> answers = new ArrayList<>(set.answers());
                Collections.shuffle(answers, random);
                shuffled.add(ResponseSet.builder().from(set).answers(answers).build());
              }
              Collections.shuffle(shuffled, random);
              assertEquals(input.score(), input.withResponses(shuffled).score());
            });
  }

  @Test
  void changingOneAnswerFromNoToYesNeverLowersAnyScore() {
    qt200()
        .forAll(ScoringGenerators.inputs(), longs().all())
        .checkAssert(
            (input, seed) -> {
              List<int[]> noes = new ArrayList<>();
              for (int r = 0; r < input.responses.size(); r++) {
                List<ItemResponse> answers = input.responses.get(r).answers();
                for (int a = 0; a < answers.size(); a++) {
                  if (answers.get(a).answer() == Answer.NO) {
                    noes.add(new int[] {r, a});
                  }
                }
              }
              if (noes.isEmpty()) {
                return;
              }
              int[] pick = noes.get(new Random(seed).nextInt(noes.size()));
              List<ResponseSet> changed = new ArrayList<>(input.responses);
              ResponseSet set = changed.get(pick[0]);
              List<ItemResponse> answers = new ArrayList<>(set.answers());
              answers.set(pick[1], ItemResponse.of(answers.get(pick[1]).itemId(), Answer.YES));
              changed.set(pick[0], ResponseSet.builder().from(set).answers(answers).build());

              ScoreReport before = input.score();
              ScoreReport after = input.withResponses(changed).score();
              Map<String, Optional<Double>> was = ReportWalk.scores(before);
              Map<String, Optional<Double>> is = ReportWalk.scores(after);
              for (Map.Entry<String, Optional<Double>> e : was.entrySet()) {
                if (e.getKey().startsWith("tokenism.")) {
                  continue; // an item may leave the tokenism list when people's score rises
                }
                Optional<Double> now = is.get(e.getKey());
                assertEquals(e.getValue().isPresent(), now != null && now.isPresent(), e.getKey());
                e.getValue()
                    .ifPresent(
                        v -> assertTrue(now.get() >= v, e.getKey() + ": " + v + " -> " + now));
              }
            });
  }

  @Test
  void everyScoreIsFromZeroToAHundredAndEveryGapWithinAHundred() {
    qt200()
        .forAll(ScoringGenerators.reports())
        .checkAssert(
            report -> {
              ReportWalk.scores(report)
                  .forEach(
                      (key, value) ->
                          value.ifPresent(v -> assertTrue(v >= 0 && v <= 100, key + " = " + v)));
              ReportWalk.gaps(report)
                  .forEach(
                      (key, value) ->
                          value.ifPresent(v -> assertTrue(v >= -100 && v <= 100, key + " = " + v)));
            });
  }

  @Test
  void addingDontKnowAnywhereNeverChangesAScore() {
    qt200()
        .forAll(ScoringGenerators.inputs(), longs().all())
        .checkAssert(
            (input, seed) -> {
              Random random = new Random(seed);
              List<ResponseSet> changed = new ArrayList<>(input.responses);
              // A rater who knew nothing joins, and every rater adds DONT_KNOW where they were
              // silent.
              List<ItemResponse> nothing = new ArrayList<>();
              for (String itemId : input.checklist.itemIds()) {
                nothing.add(ItemResponse.of(itemId, Answer.DONT_KNOW));
              }
              changed.add(
                  random.nextInt(changed.size() + 1),
                  ResponseSet.builder()
                      .from(input.responses.get(0))
                      .id("rs-dont-know")
                      .participantId(Optional.empty())
                      .raterRole(Role.PERSON_WHO_USES_SERVICES)
                      .raterInterestGroup(
                          InterestGroup.values()[random.nextInt(InterestGroup.values().length)])
                      .answers(nothing)
                      .build());
              for (int r = 0; r < changed.size(); r++) {
                ResponseSet set = changed.get(r);
                List<ItemResponse> answers = new ArrayList<>(set.answers());
                for (String itemId : input.checklist.itemIds()) {
                  boolean answered = answers.stream().anyMatch(a -> a.itemId().equals(itemId));
                  if (!answered && random.nextBoolean()) {
                    answers.add(
                        random.nextInt(answers.size() + 1),
                        ItemResponse.of(itemId, Answer.DONT_KNOW));
                  }
                }
                changed.set(r, ResponseSet.builder().from(set).answers(answers).build());
              }
              // Every answer counts here: with k above 1 a "don't know" can bring a group up to k
              // and
              // its answers into the report, which is the disclosure rule's doing, not a score's.
              ScoreReport before = input.everyAnswerCounting().score();
              ScoreReport after = input.withResponses(changed).everyAnswerCounting().score();
              assertEquals(ReportWalk.scores(before), ReportWalk.scores(after));
              assertEquals(ReportWalk.gaps(before), ReportWalk.gaps(after));
              assertEquals(ReportWalk.states(before), ReportWalk.states(after));
            });
  }

  @Test
  void everyItemCountIsTheSumOfItsGroupsAndNoGroupIsAnnouncedAsHidden() {
    qt200()
        .forAll(ScoringGenerators.reports())
        .checkAssert(
            report -> {
              for (ItemScore item : report.items()) {
                Breakdown b = item.byGroup();
                int shownRaters = 0;
                for (GroupScore g : b.groups()) {
                  if (g.visibility() == Visibility.SHOWN) {
                    shownRaters += g.raters().get();
                  } else {
                    assertTrue(
                        g.value().isEmpty() && g.raters().isEmpty() && g.answers().isEmpty());
                  }
                }
                // Left-out answers are in no figure, so the item is exactly its groups.
                assertEquals(item.raters(), shownRaters, item.itemId());
                // Each side is pooled from shown groups only.
                for (SideScore side : List.of(b.livedExperience(), b.provider())) {
                  int yes = 0;
                  int partly = 0;
                  int no = 0;
                  for (InterestGroup g : side.groups()) {
                    GroupScore shown = b.group(g);
                    assertEquals(Visibility.SHOWN, shown.visibility());
                    yes += shown.answers().get().yes();
                    partly += shown.answers().get().partly();
                    no += shown.answers().get().no();
                  }
                  assertEquals(yes + partly + no, side.raters());
                  if (side.raters() > 0) {
                    assertEquals(Optional.of(mean(yes, partly, no)), side.value(), item.itemId());
                  } else {
                    assertTrue(side.value().isEmpty());
                  }
                }
              }
              // An aggregate's group score is a weighted mean of that group's shown item scores,
              // so it says nothing the item breakdowns do not.
              ReportWalk.eachAggregate(
                  report,
                  (key, score) -> {
                    for (GroupScore g : score.byGroup().groups()) {
                      List<Double> weights = new ArrayList<>();
                      List<Double> values = new ArrayList<>();
                      for (ScoreInput in : score.inputs()) {
                        GroupScore cell =
                            report.item(in.itemId()).orElseThrow().byGroup().group(g.group());
                        if (in.used() && cell.visibility() == Visibility.SHOWN) {
                          weights.add(in.weight());
                          values.add(cell.value().get());
                        }
                      }
                      if (weights.isEmpty()) {
                        assertTrue(g.value().isEmpty(), key + " " + g.group());
                      } else {
                        assertEquals(
                            Optional.of(weightedMean(weights, values)),
                            g.value(),
                            key + " " + g.group());
                      }
                    }
                  });
            });
  }

  @Test
  void everyScoreCanBeRedoneByHandFromWhatTheReportShows() {
    qt200()
        .forAll(ScoringGenerators.reports())
        .checkAssert(
            report -> {
              for (ItemScore item : report.items()) {
                AnswerCounts a = item.answers();
                if (a.scored() > 0) {
                  assertEquals(Optional.of(mean(a.yes(), a.partly(), a.no())), item.value());
                }
              }
              ReportWalk.eachAggregate(
                  report,
                  (key, score) -> {
                    List<Double> weights = new ArrayList<>();
                    List<Double> values = new ArrayList<>();
                    for (ScoreInput in : score.inputs()) {
                      ItemScore item = report.item(in.itemId()).orElseThrow();
                      assertEquals(item.value(), in.value());
                      assertEquals(item.weight(), in.weight());
                      if (in.used()) {
                        weights.add(in.weight());
                        values.add(in.value().get());
                      }
                    }
                    if (weights.isEmpty()) {
                      assertEquals(ScoreStatus.NO_ANSWERS, score.status(), key);
                    } else {
                      assertEquals(Optional.of(weightedMean(weights, values)), score.value(), key);
                      assertEquals(
                          score.band(),
                          score.status() == ScoreStatus.CONCLUSIVE
                              ? Optional.of(report.settings().band(score.value().get()))
                              : Optional.empty(),
                          key);
                    }
                  });
            });
  }

  @Test
  void scoreReportsRoundTripThroughJson() {
    qt().withExamples(100)
        .forAll(ScoringGenerators.reports())
        .checkAssert(
            report ->
                assertEquals(report, Documents.read(Documents.write(report), ScoreReport.class)));
  }

  @Test
  void trendReportsRoundTripThroughJson() {
    qt200()
        .forAll(ScoringGenerators.trends())
        .checkAssert(
            trend ->
                assertEquals(trend, Documents.read(Documents.write(trend), TrendReport.class)));
  }

  @Test
  void theSameAnswersInTwoRoundsShowNoChange() {
    qt200()
        .forAll(ScoringGenerators.inputs())
        .checkAssert(
            input -> {
              List<ResponseSet> again = new ArrayList<>();
              for (ResponseSet set : input.responses) {
                again.add(ResponseSet.builder().from(set).reviewRoundId("r2").build());
              }
              TrendReport trend = Trends.compare(input.score(), input.withResponses(again).score());
              for (ItemTrend item : trend.items()) {
                assertTrue(
                    item.score().direction() == Direction.UNCHANGED
                        || item.score().direction() == Direction.NOT_COMPARABLE,
                    item.itemId());
                assertTrue(
                    item.flag() == FlagChange.STILL_FLAGGED
                        || item.flag() == FlagChange.NOT_FLAGGED,
                    item.itemId());
              }
            });
  }

  private static double mean(int yes, int partly, int no) {
    return BigDecimal.valueOf(100L * yes + 50L * partly)
        .divide(BigDecimal.valueOf(yes + partly + no), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static double weightedMean(List<Double> weights, List<Double> values) {
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      top = top.add(BigDecimal.valueOf(weights.get(i)).multiply(BigDecimal.valueOf(values.get(i))));
      bottom = bottom.add(BigDecimal.valueOf(weights.get(i)));
    }
    return top.divide(bottom, 1, RoundingMode.HALF_UP).doubleValue();
  }
}
