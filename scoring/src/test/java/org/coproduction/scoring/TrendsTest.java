package org.coproduction.scoring;

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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.ScoreChange;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.junit.jupiter.api.Test;

/**
 * Two rounds of five raters each, worked out by hand:
 *
 * <pre>
 *            round 1                 round 2
 * notice     Y Y Y Y N  = 80         Y Y Y Y Y  = 100   +20: one rater's worth (100 / 5)
 * expenses   N N N Y Y  = 40 flag    Y Y Y Y N  = 80    +40: better, flag resolved
 * ideas      Y Y Y Y Y  = 100        Y Y N N N  = 40    −60: worse, new flag
 * reviews    Y Y Y P P  = 80         Y Y Y Y P  = 90    +10: within one rater's worth
 * overall    (80 + 80 + 100 + 80) / 5 = 68;  (100 + 160 + 40 + 90) / 5 = 78: +10, better
 * </pre>
 */
class TrendsTest {
  private static final ScoreReport FIRST =
      round("r1")
          .raters(3, USERS, Y, N, Y, Y)
          .rater(STAFF, Y, Y, Y, P)
          .rater(STAFF, N, Y, Y, P)
          .score();
  private static final ScoreReport SECOND =
      round("r2")
          .raters(2, USERS, Y, Y, Y, Y)
          .rater(USERS, Y, Y, N, Y)
          .rater(STAFF, Y, Y, N, Y)
          .rater(STAFF, Y, N, N, P)
          .score();

  @Test
  void theHandWorkedRoundsAreScoredAsExpected() {
    assertEquals(Optional.of(80.0), FIRST.item(NOTICE).orElseThrow().value());
    assertEquals(Optional.of(40.0), FIRST.item(EXPENSES).orElseThrow().value());
    assertEquals(Optional.of(68.0), FIRST.overall().value());
    assertEquals(Optional.of(40.0), SECOND.item(IDEAS).orElseThrow().value());
    assertEquals(Optional.of(90.0), SECOND.item(REVIEWS).orElseThrow().value());
    assertEquals(Optional.of(78.0), SECOND.overall().value());
  }

  @Test
  void eachItemIsBetterWorseOrUnchangedWithItsFlag() {
    TrendReport trend = Trends.compare(FIRST, SECOND);
    assertEquals("initiative-1", trend.initiativeId());
    assertEquals("r1", trend.earlierRoundId());
    assertEquals("r2", trend.laterRoundId());
    assertEquals(10.0, trend.minimumMeaningfulChange());

    ItemTrend expenses = item(trend, EXPENSES);
    assertEquals(Direction.BETTER, expenses.score().direction());
    assertEquals(FlagChange.RESOLVED_FLAG, expenses.flag());
    assertEquals(Optional.of(40.0), expenses.score().change());
    assertEquals(Optional.of(20.0), expenses.score().oneRaterShift());
    assertEquals("Better: up from 40 to 80 (+40 points).", expenses.score().reason());

    ItemTrend ideas = item(trend, IDEAS);
    assertEquals(Direction.WORSE, ideas.score().direction());
    assertEquals(FlagChange.NEW_FLAG, ideas.flag());
    assertEquals("Worse: down from 100 to 40 (−60 points).", ideas.score().reason());

    ItemTrend notice = item(trend, NOTICE);
    assertEquals(Direction.UNCHANGED, notice.score().direction());
    assertEquals(FlagChange.NOT_FLAGGED, notice.flag());
    assertEquals(
        "Moved from 80 to 100 (+20 points), no more than the 20 points one rater changing their"
            + " answer could make, with 5 raters in the smaller round.",
        notice.score().reason());

    assertEquals(Direction.UNCHANGED, item(trend, REVIEWS).score().direction());

    assertEquals(Direction.BETTER, trend.overall().direction());
    assertEquals(Optional.of(10.0), trend.overall().change());
    assertEquals(Optional.empty(), trend.overall().oneRaterShift());
    assertEquals(
        "1 item better, 1 worse, 2 unchanged and 0 not comparable; 1 new red flag, 1 resolved and"
            + " 0 still flagged.",
        trend.summary());
    assertEquals(List.of(), trend.itemsOnlyInEarlier());
    assertEquals(List.of(), trend.itemsOnlyInLater());
  }

  @Test
  void aChangeBelowTheMinimumIsUnchanged() {
    ScoringSettings wide = ScoringSettings.builder().minimumMeaningfulChange(15).build();
    ScoreReport first = round("r1").raters(20, USERS, Y).raters(20, USERS, N).score(wide);
    ScoreReport second = round("r2").raters(25, USERS, Y).raters(15, USERS, N).score(wide);
    // 50 to 62.5: 12.5 points, more than one rater's 2.5 but under the 15 asked for
    ScoreChange change = item(Trends.compare(first, second), NOTICE).score();
    assertEquals(Direction.UNCHANGED, change.direction());
    assertEquals(
        "Moved from 50 to 62.5 (+12.5 points), less than the 15 points counted as a change.",
        change.reason());
  }

  @Test
  void anUnmovedScoreStayed() {
    ScoreReport again =
        round("r2")
            .raters(3, USERS, Y, N, Y, Y)
            .rater(STAFF, Y, Y, Y, P)
            .rater(STAFF, N, Y, Y, P)
            .score();
    ScoreChange change = item(Trends.compare(FIRST, again), NOTICE).score();
    assertEquals(Direction.UNCHANGED, change.direction());
    assertEquals(Optional.of(0.0), change.change());
    assertEquals("Stayed at 80.", change.reason());
  }

  @Test
  void aRoundWithTooFewRatersCannotBeCompared() {
    ScoreReport thin = round("r2").raters(2, USERS, Y).score();
    ScoreChange change = item(Trends.compare(FIRST, thin), NOTICE).score();
    assertEquals(Direction.NOT_COMPARABLE, change.direction());
    assertEquals(Optional.of(20.0), change.change());
    assertEquals("Not compared, as the later round has fewer than 3 raters.", change.reason());
    ScoreChange none = item(Trends.compare(FIRST, thin), EXPENSES).score();
    assertEquals(Optional.empty(), none.change());
    assertEquals("Not compared, as the later round has no scored answers.", none.reason());
  }

  @Test
  void itemsInOnlyOneChecklistVersionAreListedApart() {
    Checklist shorter =
        Checklist.builder()
            .from(Fixtures.checklist())
            .version("2.0")
            .items(
                List.of(
                    Fixtures.checklist().item(NOTICE).orElseThrow(),
                    ChecklistItem.copyOf(Fixtures.checklist().item(IDEAS).orElseThrow())
                        .id("ideas-fed-back")
                        .build()))
            .build();
    ResponseSet answers =
        ResponseSet.builder()
            .id("rs-1")
            .checklist(shorter.ref())
            .initiativeId("initiative-1")
            .reviewRoundId("r2")
            .raterRole(org.coproduction.core.people.Role.PERSON_WHO_USES_SERVICES)
            .raterInterestGroup(USERS)
            .answers(List.of(ItemResponse.of(NOTICE, Y)))
            .build();
    TrendReport trend =
        Trends.compare(
            FIRST,
            Scoring.score(shorter, List.of(answers), List.of(), Fixtures.everyAnswerCounts()));
    assertEquals(List.of(NOTICE), trend.items().stream().map(ItemTrend::itemId).toList());
    assertEquals(List.of(EXPENSES, IDEAS, REVIEWS), trend.itemsOnlyInEarlier());
    assertEquals(List.of("ideas-fed-back"), trend.itemsOnlyInLater());
    assertEquals("1.0", trend.earlierChecklist().version());
    assertEquals("2.0", trend.laterChecklist().version());
  }

  @Test
  void reportsWithoutARoundAreRefused() {
    ScoreReport noRound = round(null).raters(3, USERS, Y).score();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Trends.compare(noRound, SECOND));
    assertEquals(
        "earlier.reviewRoundId: a trend needs each report to name its review round",
        e.getMessage());
  }

  @Test
  void twoReportsOfOneRoundAreRefused() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Trends.compare(FIRST, FIRST));
    assertEquals(
        "later.reviewRoundId: both reports are of review round 'r1'; compare two different rounds",
        e.getMessage());
  }

  @Test
  void reportsScoredUnderDifferentSettingsAreRefused() {
    ScoreReport other =
        round("r2").raters(3, USERS, Y).score(ScoringSettings.builder().redFlagShare(0.5).build());
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Trends.compare(FIRST, other));
    assertEquals(
        "later.settings: differ from the earlier report's; score both rounds with the same"
            + " settings so their scores and flags compare",
        e.getMessage());
  }

  @Test
  void reportsAboutDifferentInitiativesAreRefused() {
    ScoreReport other = ScoreReport.builder().from(SECOND).initiativeId("initiative-2").build();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Trends.compare(FIRST, other));
    assertEquals(
        "later.initiativeId: is 'initiative-2', but the earlier report is about 'initiative-1';"
            + " compare rounds of one initiative",
        e.getMessage());
  }

  private static ItemTrend item(TrendReport trend, String itemId) {
    return trend.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
  }
}
