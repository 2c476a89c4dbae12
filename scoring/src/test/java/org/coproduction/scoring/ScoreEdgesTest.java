package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NA;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.recordNo;
import static org.coproduction.scoring.Fixtures.recordYes;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Breakdown;
import org.junit.jupiter.api.Test;

/**
 * Scores exactly at the edges of the rules: a gap of 0, a record exactly 50 points away, tokenism
 * exactly at both thresholds, and red flags of one severity that only their no-share tells apart.
 * Items in checklist order: notice, expenses, ideas, reviews (see {@link Fixtures}).
 */
class ScoreEdgesTest {

  private static List<String> flagOrder(ScoreReport report) {
    return report.redFlags().stream().map(RedFlag::itemId).collect(Collectors.toList());
  }

  @Test
  void notApplicableAnswersAloneAreNamedAsLeftOut() {
    ScoreReport report = round().raters(3, USERS, Y).rater(STAFF, NA).score();
    assertEquals(
        "3 raters answered yes, partly or no: (3 × 100 + 0 × 50 + 0 × 0) / 3 = 100, leaving out 1"
            + " who said it does not apply.",
        report.item(NOTICE).orElseThrow().reason());
  }

  @Test
  void sidesWithTheSameScoreHaveAGapOfZero() {
    Breakdown b =
        round()
            .raters(3, USERS, Y)
            .raters(3, STAFF, Y)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Optional.of(0.0), b.gap());
    assertEquals("Both sides score this the same.", b.reason());
  }

  @Test
  void ratersExactlyFiftyPointsAboveARecordOfNoSayTheRecordsAreWorse() {
    ScoreReport report =
        round().raters(3, USERS, P).score(List.of(recordNo(NOTICE, "m-1", "no notice given")));
    assertEquals(
        Optional.of(RecordsVersusRaters.RECORDS_WORSE),
        report.redFlag(NOTICE).orElseThrow().recordComparison());
  }

  @Test
  void ratersExactlyFiftyPointsBelowARecordOfYesSayTheRecordsAreBetter() {
    ScoreReport report =
        round().raters(2, USERS, Y).raters(2, USERS, N).score(List.of(recordYes(NOTICE)));
    RedFlag flag = report.redFlag(NOTICE).orElseThrow();
    assertEquals(Optional.of(RecordsVersusRaters.RECORDS_BETTER), flag.recordComparison());
    assertEquals(
        "2 of 4 raters said no (50%; a flag is raised from 33%); the records say yes but raters"
            + " score it only 50.",
        flag.reason());
  }

  @Test
  void theHigherNoShareComesFirstWithinASeverity() {
    // notice 1 no of 3 (0.333), ideas 2 no of 4 (0.5): both serious, so ideas first.
    ScoreReport report =
        round()
            .rater(USERS, N, null, N)
            .rater(USERS, Y, null, N)
            .rater(USERS, Y, null, Y)
            .rater(USERS, null, null, Y)
            .score();
    assertEquals(List.of(IDEAS, NOTICE), flagOrder(report));
  }

  @Test
  void anEarlierItemWithTheHigherNoShareKeepsItsPlace() {
    // notice 2 no of 3 (0.667), ideas 1 no of 3 (0.333): both serious, notice stays first.
    ScoreReport report =
        round().rater(USERS, N, null, N).rater(USERS, N, null, Y).rater(USERS, Y, null, Y).score();
    assertEquals(List.of(NOTICE, IDEAS), flagOrder(report));
  }

  @Test
  void theLowerNoShareComesLaterEvenWhenItsCountIsHigher() {
    // notice 2 no of 6 (0.333) against ideas 1 no of 2 (0.5): shares, not counts, decide.
    ScoreReport report =
        round()
            .rater(USERS, N, null, N)
            .rater(USERS, N, null, Y)
            .raters(4, USERS, Y, null, null)
            .score();
    assertEquals(List.of(IDEAS, NOTICE), flagOrder(report));
  }

  @Test
  void aFlagNoRaterScoredComesAfterOneRatersRaisedWithinASeverity() {
    // ideas is flagged by its records alone; nobody answered it yes, partly or no.
    ScoreReport report =
        round().raters(3, USERS, N).score(List.of(recordNo(IDEAS, "m-2", "ideas not recorded")));
    assertEquals(List.of(NOTICE, IDEAS), flagOrder(report));
  }

  @Test
  void tokenismIsSignalledExactlyAtBothThresholdsAndLargestGapFirst() {
    // notice: provider 75 (3 of 4 yes), lived experience 50 (2 of 4); ideas: provider 100, lived 0.
    ScoreReport report =
        round()
            .raters(2, USERS, Y, null, N)
            .raters(2, USERS, N, null, N)
            .raters(3, STAFF, Y, null, Y)
            .rater(STAFF, N, null, Y)
            .score();
    List<TokenismSignal> signals = report.tokenism();
    assertEquals(
        List.of(IDEAS, NOTICE),
        signals.stream().map(TokenismSignal::itemId).collect(Collectors.toList()));
    assertEquals(75.0, signals.get(1).provider());
    assertEquals(50.0, signals.get(1).livedExperience());
    assertEquals(25.0, signals.get(1).gap());
    assertEquals(100.0, signals.get(0).gap());
  }
}
