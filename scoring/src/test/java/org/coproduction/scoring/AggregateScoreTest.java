package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.EXPENSES;
import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.REVIEWS;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.practice.JigsawArea;
import org.junit.jupiter.api.Test;

/**
 * Overall, principle and area scores, worked out by hand from this round: notice (weight 1) Y, Y, N
 * = 66.7; expenses (weight 2) Y, P, N = 50; ideas Y, Y = 100 from only 2 raters; reviews only
 * DONT_KNOW.
 */
class AggregateScoreTest {
  private static final ScoreReport REPORT =
      round()
          .rater(USERS, Y, Y, Y, DK)
          .rater(USERS, Y, P, Y, DK)
          .rater(STAFF, N, N, null, DK)
          .score();

  @Test
  void theOverallScoreIsTheWeightedMeanOfTheConclusiveItems() {
    Score overall = REPORT.overall();
    // (1 × 66.7 + 2 × 50) / 3 = 55.57, so 55.6
    assertEquals(Optional.of(55.6), overall.value());
    assertEquals(ScoreStatus.CONCLUSIVE, overall.status());
    assertEquals(Optional.of(Band.ON_THE_WAY), overall.band());
    assertEquals(3, overall.raters());
    assertEquals(
        "The weighted mean of the 2 items with at least 3 raters (total weight 3) = 55.6; left"
            + " out: 1 item with fewer raters and 1 item with no answers.",
        overall.reason());
    assertEquals(
        List.of(
            input(NOTICE, 1, Optional.of(66.7), ScoreStatus.CONCLUSIVE, 3, true),
            input(EXPENSES, 2, Optional.of(50.0), ScoreStatus.CONCLUSIVE, 3, true),
            input(IDEAS, 1, Optional.of(100.0), ScoreStatus.INCONCLUSIVE, 2, false),
            input(REVIEWS, 1, Optional.empty(), ScoreStatus.NO_ANSWERS, 0, false)),
        overall.inputs());
  }

  @Test
  void eachPrincipleIsScoredOverTheItemsMappedToItInOrderOfFirstUse() {
    assertEquals(
        List.of("guide/accessibility", "guide/reciprocity", "guide/equality"),
        REPORT.principles().stream()
            .map(p -> p.frameworkId() + "/" + p.principleId())
            .collect(Collectors.toList()));
    assertEquals(Optional.of(66.7), REPORT.principles().get(0).score().value());
    assertEquals(Optional.of(50.0), REPORT.principles().get(1).score().value());
    // equality maps to expenses, ideas and reviews; only expenses is conclusive.
    Score equality = REPORT.principles().get(2).score();
    assertEquals(Optional.of(50.0), equality.value());
    assertEquals(Optional.of(Band.ON_THE_WAY), equality.band());
    assertEquals(
        "The weighted mean of the 1 item with at least 3 raters (total weight 2) = 50; left out:"
            + " 1 item with fewer raters and 1 item with no answers.",
        equality.reason());
  }

  @Test
  void eachPieceOfTheJigsawWithItemsIsScoredInJigsawOrder() {
    assertEquals(
        List.of(JigsawArea.STRUCTURE, JigsawArea.PRACTICE, JigsawArea.REVIEW),
        REPORT.areas().stream().map(AreaScore::area).collect(Collectors.toList()));
    assertEquals(Optional.of(50.0), REPORT.areas().get(0).score().value());
    // practice: notice (66.7) is conclusive, ideas is not, so only notice counts
    assertEquals(Optional.of(66.7), REPORT.areas().get(1).score().value());
    Score review = REPORT.areas().get(2).score();
    assertEquals(ScoreStatus.NO_ANSWERS, review.status());
    assertEquals(Optional.empty(), review.value());
    assertEquals(Optional.empty(), review.band());
    assertEquals(
        "No item here has a yes, partly or no answer, so there is no score.", review.reason());
  }

  @Test
  void withNoConclusiveItemTheItemsWithAnswersGiveAnInconclusiveScoreWithoutABand() {
    Score overall = round().rater(USERS, Y, Y).rater(STAFF, N, Y).score().overall();
    // notice 50, expenses 100 (weight 2): (50 + 200) / 3 = 83.3
    assertEquals(ScoreStatus.INCONCLUSIVE, overall.status());
    assertEquals(Optional.of(83.3), overall.value());
    assertEquals(Optional.empty(), overall.band());
    assertEquals(
        "Inconclusive, as no item here has 3 or more raters: the weighted mean of the 2 items"
            + " with any answers (total weight 3) = 83.3; left out: 2 items with no answers.",
        overall.reason());
  }

  @Test
  void bandsStartAtTheirThresholds() {
    ScoringSettings settings = ScoringSettings.defaults();
    assertEquals(Band.NOT_THERE_YET, settings.band(0));
    assertEquals(Band.NOT_THERE_YET, settings.band(24.9));
    assertEquals(Band.STARTING_OUT, settings.band(25));
    assertEquals(Band.STARTING_OUT, settings.band(49.9));
    assertEquals(Band.ON_THE_WAY, settings.band(50));
    assertEquals(Band.ON_THE_WAY, settings.band(74.9));
    assertEquals(Band.GOING_STRONG, settings.band(75));
    assertEquals(Band.GOING_STRONG, settings.band(100));
    assertEquals("not there yet", Band.NOT_THERE_YET.words());
    assertEquals("going strong", Band.GOING_STRONG.words());
  }

  @Test
  void bandThresholdsAreSettings() {
    ScoringSettings strict =
        ScoringSettings.builder().startingOutFrom(40).onTheWayFrom(60).goingStrongFrom(90).build();
    assertEquals(Band.NOT_THERE_YET, strict.band(39.9));
    assertEquals(Band.STARTING_OUT, strict.band(55.6));
    assertEquals(Band.ON_THE_WAY, strict.band(89.9));
    assertEquals(
        Optional.of(Band.STARTING_OUT),
        round()
            .rater(USERS, Y, Y, Y, DK)
            .rater(USERS, Y, P, Y, DK)
            .rater(STAFF, N, N, null, DK)
            .score(strict)
            .overall()
            .band());
  }

  private static ScoreInput input(
      String itemId,
      double weight,
      Optional<Double> value,
      ScoreStatus status,
      int raters,
      boolean used) {
    return ScoreInput.builder()
        .itemId(itemId)
        .weight(weight)
        .value(value)
        .status(status)
        .raters(raters)
        .used(used)
        .build();
  }
}
