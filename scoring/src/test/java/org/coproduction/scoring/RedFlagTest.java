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
import static org.coproduction.scoring.Fixtures.recordNo;
import static org.coproduction.scoring.Fixtures.recordYes;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;

/** Red flags: when an item is flagged, what a flag says, and the order a provider reads them in. */
class RedFlagTest {

  @Test
  void exactlyAThirdSayingNoRaisesAFlag() {
    ScoreReport report =
        round().rater(USERS, null, Y).rater(USERS, null, Y).rater(STAFF, null, N).score();
    RedFlag flag = report.redFlag(EXPENSES).orElseThrow();
    assertEquals(List.of(FlagTrigger.RATERS_SAID_NO), flag.triggers());
    assertEquals(Severity.CRITICAL, flag.severity());
    assertEquals(Optional.of(0.333), flag.noShare());
    assertEquals(1, flag.answers().no());
    assertEquals(2, flag.answers().yes());
    assertEquals(ScoreStatus.CONCLUSIVE, flag.status());
    assertEquals("1 of 3 raters said no (33%; a flag is raised from 33%).", flag.reason());
  }

  @Test
  void oneInFourSayingNoIsBelowTheDefaultShare() {
    ScoreReport report = round().raters(3, USERS, null, Y).rater(STAFF, null, N).score();
    assertEquals(List.of(), report.redFlags());
  }

  @Test
  void theShareIsASetting() {
    ScoreReport report =
        round()
            .raters(3, USERS, null, Y)
            .rater(STAFF, null, N)
            .score(ScoringSettings.builder().redFlagShare(0.25).build());
    assertTrue(report.redFlag(EXPENSES).isPresent());
  }

  @Test
  void dontKnowAnswersDoNotCountTowardsTheShare() {
    // 1 no of 2 scored answers is a half, however many did not know.
    ScoreReport report =
        round()
            .rater(USERS, null, Y)
            .rater(STAFF, null, N)
            .raters(4, STAFF, null, Fixtures.DK)
            .score();
    RedFlag flag = report.redFlag(EXPENSES).orElseThrow();
    assertEquals(Optional.of(0.5), flag.noShare());
    assertEquals(ScoreStatus.INCONCLUSIVE, flag.status());
    assertEquals(
        "1 of 2 raters said no (50%; a flag is raised from 33%); fewer than 3 raters answered.",
        flag.reason());
  }

  @Test
  void aNoFromTheRecordsRaisesAFlagEvenWhenEveryRaterSaysYes() {
    RecordAnswer record = recordNo(NOTICE, "m-3", "2 days' notice, 14 needed");
    ScoreReport report = round().raters(4, USERS, Y).score(List.of(record));
    RedFlag flag = report.redFlag(NOTICE).orElseThrow();
    assertEquals(List.of(FlagTrigger.RECORDS_SAID_NO), flag.triggers());
    assertEquals(Optional.of(record), flag.record());
    assertEquals(Optional.of(0.0), flag.noShare());
    assertEquals(Optional.of(RecordsVersusRaters.RECORDS_WORSE), flag.recordComparison());
    assertEquals(
        "0 of 4 raters said no (0%; below the 33% that raises a flag); the records say no: 2"
            + " days' notice, 14 needed (meeting m-3); raters score it 100, far better than the"
            + " records show.",
        flag.reason());
  }

  @Test
  void recordsThatSayYesWhileRatersSayNoAreShownAsADisagreement() {
    ScoreReport report = round().raters(3, USERS, N).score(List.of(recordYes(NOTICE)));
    RedFlag flag = report.redFlag(NOTICE).orElseThrow();
    assertEquals(List.of(FlagTrigger.RATERS_SAID_NO), flag.triggers());
    assertEquals(Optional.of(RecordsVersusRaters.RECORDS_BETTER), flag.recordComparison());
    assertEquals(
        "3 of 3 raters said no (100%; a flag is raised from 33%); the records say yes but raters"
            + " score it only 0.",
        flag.reason());
  }

  @Test
  void recordsAndRatersLessThanHalfTheScaleApartAgree() {
    RecordAnswer partly =
        RecordAnswer.builder()
            .itemId(NOTICE)
            .answer(P)
            .addEvidence(
                org.coproduction.checklist.Evidence.builder()
                    .kind(org.coproduction.checklist.Evidence.Kind.MEETING)
                    .ref("m-1")
                    .finding("7 days' notice, 14 needed")
                    .build())
            .build();
    ScoreReport report = round().raters(2, USERS, N).rater(USERS, Y).score(List.of(partly));
    // raters 33.3, records 50: 16.7 points apart
    assertEquals(
        Optional.of(RecordsVersusRaters.AGREE),
        report.redFlag(NOTICE).orElseThrow().recordComparison());
  }

  @Test
  void aRecordFlagOnAnItemNobodyAnsweredHasNoShare() {
    ScoreReport report =
        round().raters(3, USERS, Y).score(List.of(recordNo(REVIEWS, "m-2", "no review held")));
    RedFlag flag = report.redFlag(REVIEWS).orElseThrow();
    assertEquals(Optional.empty(), flag.noShare());
    assertEquals(Optional.empty(), flag.recordComparison());
    assertEquals(ScoreStatus.NO_ANSWERS, flag.status());
    assertEquals(
        "No rater answered yes, partly or no; the records say no: no review held (meeting m-2).",
        flag.reason());
  }

  @Test
  void flagsAreSortedBySeverityThenByShareOfNo() {
    // notice (serious): 2 of 3 no; expenses (critical): 1 of 3; ideas (serious): 3 of 3;
    // reviews (moderate): records say no, nobody answered.
    ScoreReport report =
        round()
            .rater(USERS, N, Y, N)
            .rater(USERS, N, Y, N)
            .rater(STAFF, Y, N, N)
            .score(List.of(recordNo(REVIEWS, "m-2", "no review held")));
    assertEquals(
        List.of(EXPENSES, IDEAS, NOTICE, REVIEWS),
        report.redFlags().stream().map(RedFlag::itemId).collect(Collectors.toList()));
  }

  @Test
  void withinASeverityAndShareARecordFlagComesFirst() {
    // notice and ideas are both serious, both 1 of 3 no; the records also say no about ideas.
    ScoreReport report =
        round()
            .rater(USERS, N, null, N)
            .raters(2, USERS, Y, null, Y)
            .score(List.of(recordNo(IDEAS, "m-1", "suggestions not minuted")));
    assertEquals(
        List.of(IDEAS, NOTICE),
        report.redFlags().stream().map(RedFlag::itemId).collect(Collectors.toList()));
    assertEquals(
        List.of(FlagTrigger.RATERS_SAID_NO, FlagTrigger.RECORDS_SAID_NO),
        report.redFlags().get(0).triggers());
  }
}
