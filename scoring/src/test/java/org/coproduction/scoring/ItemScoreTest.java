package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.CARERS;
import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.EXPENSES;
import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NA;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.REVIEWS;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.RecordAnswer;
import org.junit.jupiter.api.Test;

/** One item's score, worked out by hand. */
class ItemScoreTest {

  @Test
  void anItemScoreIsTheMeanOfTheScoredAnswersWithDontKnowLeftOut() {
    ItemScore notice =
        round()
            .rater(USERS, Y)
            .rater(USERS, Y)
            .rater(CARERS, Y)
            .rater(STAFF, P)
            .rater(STAFF, N)
            .rater(STAFF, DK)
            .score()
            .item(NOTICE)
            .orElseThrow();
    // (3 × 100 + 1 × 50 + 1 × 0) / 5 = 70
    assertEquals(Optional.of(70.0), notice.value());
    assertEquals(ScoreStatus.CONCLUSIVE, notice.status());
    assertEquals(5, notice.raters());
    assertEquals(
        AnswerCounts.builder().yes(3).partly(1).no(1).dontKnow(1).notApplicable(0).build(),
        notice.answers());
    // Values 1, 1, 1, 0.5, 0: mean 0.7, squared deviations 0.09 × 3 + 0.04 + 0.49 = 0.8,
    // variance 0.8 / 5 = 0.16, standard deviation 0.4, that is 40 points; 3 of 5 said yes.
    assertEquals(Optional.of(AnswerSpread.of(40.0, 0.6)), notice.spread());
    assertEquals(
        "5 raters answered yes, partly or no: (3 × 100 + 1 × 50 + 1 × 0) / 5 = 70, leaving out 1"
            + " who did not know.",
        notice.reason());
  }

  @Test
  void fewerRatersThanTheMinimumGiveAnInconclusiveScoreNotAZero() {
    ItemScore notice = round().rater(USERS, Y).rater(STAFF, N).score().item(NOTICE).orElseThrow();
    assertEquals(ScoreStatus.INCONCLUSIVE, notice.status());
    assertEquals(Optional.of(50.0), notice.value());
    assertEquals(
        "2 raters answered yes, partly or no: (1 × 100 + 0 × 50 + 1 × 0) / 2 = 50; inconclusive,"
            + " as fewer than 3 raters answered.",
        notice.reason());
  }

  @Test
  void theMinimumNumberOfRatersIsASetting() {
    ScoreReport report =
        round()
            .rater(USERS, Y)
            .rater(STAFF, N)
            .score(ScoringSettings.builder().minimumRaters(2).build());
    assertEquals(ScoreStatus.CONCLUSIVE, report.item(NOTICE).orElseThrow().status());
  }

  @Test
  void onlyDontKnowAndNotApplicableLeaveNoScoreRatherThanZero() {
    ItemScore reviews =
        round()
            .rater(USERS, Y, Y, Y, DK)
            .rater(STAFF, Y, Y, Y, NA)
            .score()
            .item(REVIEWS)
            .orElseThrow();
    assertEquals(ScoreStatus.NO_ANSWERS, reviews.status());
    assertEquals(Optional.empty(), reviews.value());
    assertEquals(Optional.empty(), reviews.spread());
    assertEquals(0, reviews.raters());
    assertEquals(
        "No rater answered yes, partly or no (1 who did not know and 1 who said it does not"
            + " apply), so the item has no score.",
        reviews.reason());
  }

  @Test
  void anItemNobodyAnsweredHasNoScore() {
    ItemScore ideas = round().rater(USERS, Y).score().item(IDEAS).orElseThrow();
    assertEquals(ScoreStatus.NO_ANSWERS, ideas.status());
    assertEquals("Nobody answered this item, so it has no score.", ideas.reason());
  }

  @Test
  void scoresAreRoundedHalfUpToOneDecimal() {
    ScoreReport report =
        round()
            .raters(1, USERS, Y, Y, Y)
            .raters(2, USERS, N, Y, Y)
            .raters(3, STAFF, null, P, Y)
            .raters(2, STAFF, null, N, P)
            .score();
    // notice: 1 yes of 3 = 33.33..., so 33.3
    assertEquals(Optional.of(33.3), report.item(NOTICE).orElseThrow().value());
    // expenses: (3 × 100 + 3 × 50 + 2 × 0) / 8 = 56.25, so 56.3
    assertEquals(Optional.of(56.3), report.item(EXPENSES).orElseThrow().value());
    // ideas: (6 × 100 + 2 × 50) / 8 = 87.5
    assertEquals(Optional.of(87.5), report.item(IDEAS).orElseThrow().value());
  }

  @Test
  void whatTheRecordsSaySitsBesideTheScoreAndNeverChangesIt() {
    RecordAnswer record = Fixtures.recordNo(NOTICE, "m-3", "2 days' notice, 14 needed");
    Fixtures.Round answers = round().raters(3, USERS, Y);
    ItemScore without = answers.score().item(NOTICE).orElseThrow();
    ItemScore with = answers.score(List.of(record)).item(NOTICE).orElseThrow();
    assertEquals(Optional.of(record), with.record());
    assertEquals(without.value(), with.value());
    assertEquals(Optional.of(100.0), with.value());
    assertTrue(without.record().isEmpty());
  }
}
