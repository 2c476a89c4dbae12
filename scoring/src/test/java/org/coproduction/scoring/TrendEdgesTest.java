package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.Role;
import org.coproduction.scoring.trend.Direction;
import org.coproduction.scoring.trend.ScoreChange;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.junit.jupiter.api.Test;

/** Trends at the edges: thin rounds on either side, a later report without a round, no overlap. */
class TrendEdgesTest {

  private static ScoreChange notice(ScoreReport earlier, ScoreReport later) {
    return Trends.compare(earlier, later).items().stream()
        .filter(i -> i.itemId().equals(NOTICE))
        .findFirst()
        .orElseThrow()
        .score();
  }

  @Test
  void aThinEarlierRoundAgainstAFullLaterOneIsNotComparable() {
    ScoreChange change =
        notice(round("r1").raters(2, USERS, Y).score(), round("r2").raters(3, USERS, N).score());
    assertEquals(Direction.NOT_COMPARABLE, change.direction());
    assertEquals("Not compared, as the earlier round has fewer than 3 raters.", change.reason());
  }

  @Test
  void twoThinRoundsNameBoth() {
    ScoreChange change =
        notice(round("r1").raters(2, USERS, Y).score(), round("r2").raters(1, USERS, N).score());
    assertEquals(
        "Not compared, as the earlier round has fewer than 3 raters and the later round has fewer"
            + " than 3 raters.",
        change.reason());
  }

  @Test
  void aLaterReportWithoutARoundIsRefused() {
    ScoreReport first = round("r1").raters(3, USERS, Y).score();
    ScoreReport noRound = round(null).raters(3, USERS, Y).score();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Trends.compare(first, noRound));
    assertEquals(
        "later.reviewRoundId: a trend needs each report to name its review round", e.getMessage());
  }

  @Test
  void checklistVersionsWithNoItemInCommonSaySo() {
    Checklist renamed =
        Checklist.builder()
            .from(Fixtures.checklist())
            .version("2.0")
            .items(
                List.of(
                    ChecklistItem.copyOf(Fixtures.checklist().item(IDEAS).orElseThrow())
                        .id("ideas-fed-back")
                        .build()))
            .build();
    ResponseSet answers =
        ResponseSet.builder()
            .id("rs-1")
            .checklist(renamed.ref())
            .initiativeId("initiative-1")
            .reviewRoundId("r2")
            .raterRole(Role.PERSON_WHO_USES_SERVICES)
            .raterInterestGroup(USERS)
            .answers(List.of(ItemResponse.of("ideas-fed-back", Y)))
            .build();
    TrendReport trend =
        Trends.compare(
            round("r1").raters(3, USERS, Y).score(),
            Scoring.score(renamed, List.of(answers), List.of(), Fixtures.everyAnswerCounts()));
    assertEquals(List.of(), trend.items());
    assertEquals("No item was rated in both rounds.", trend.summary());
  }

  @Test
  void theSameScoreInBothRoundsStayed() {
    ScoreChange change =
        notice(round("r1").raters(3, USERS, Y).score(), round("r2").raters(4, USERS, Y).score());
    assertEquals(Direction.UNCHANGED, change.direction());
    assertEquals("Stayed at 100.", change.reason());
  }
}
