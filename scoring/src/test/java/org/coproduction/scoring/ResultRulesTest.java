package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.IDEAS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.recordNo;
import static org.coproduction.scoring.Fixtures.recordYes;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.AlphaOutcome;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Side;
import org.coproduction.scoring.perspectives.SideScore;
import org.coproduction.scoring.trend.FlagChange;
import org.coproduction.scoring.trend.ItemTrend;
import org.coproduction.scoring.trend.ScoreChange;
import org.coproduction.scoring.trend.TrendReport;
import org.coproduction.scoring.trend.Trends;
import org.junit.jupiter.api.Test;

/**
 * The rules every part of a score or trend report keeps, so a report read back from a hand-edited
 * file cannot say something scoring never would. Each case edits one field of a real result and
 * checks the exact path and wording of the refusal.
 *
 * <p>The report: three people who use services answer notice yes, expenses no, ideas no, reviews
 * yes; three staff answer yes throughout; the records say no to ideas.
 */
class ResultRulesTest {
  private static final String ID_RULE =
      "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

  private static final ScoreReport REPORT =
      round()
          .raters(3, USERS, Y, N, N, Y)
          .raters(3, STAFF, Y, Y, Y, Y)
          .score(List.of(recordNo(IDEAS, "m-1", "ideas not recorded")));
  private static final ScoreReport LATER =
      round("r2").raters(3, USERS, Y, Y, N, Y).raters(3, STAFF, Y, Y, Y, Y).score();
  private static final TrendReport TREND = Trends.compare(REPORT, LATER);
  private static final ItemScore NOTICE_SCORE = REPORT.item(NOTICE).orElseThrow();

  private static void refused(String message, Supplier<Object> build) {
    CoProductionException e = assertThrows(CoProductionException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static <T> List<T> withFirstRepeated(List<T> values) {
    List<T> out = new ArrayList<>(values);
    out.add(values.get(0));
    return out;
  }

  @Test
  void theReportUsedHereHasEveryPartTheCasesEdit() {
    assertEquals(2, REPORT.redFlags().size());
    assertEquals(2, REPORT.tokenism().size());
    assertEquals(
        Optional.of(Side.LIVED_EXPERIENCE),
        Optional.of(NOTICE_SCORE.byGroup().livedExperience().side()));
    assertEquals(AlphaOutcome.COMPUTED, REPORT.overall().agreement().ordinal().outcome());
  }

  @Test
  void aScoreReportNeedsWellFormedIdsACountAndUniqueItems() {
    ImmutableScoreReport.Builder b = ScoreReport.builder().from(REPORT);
    refused(
        "initiativeId: " + ID_RULE,
        () -> ScoreReport.builder().from(REPORT).initiativeId("x y").build());
    refused(
        "reviewRoundId: " + ID_RULE,
        () -> ScoreReport.builder().from(REPORT).reviewRoundId("round one").build());
    refused(
        "raters: must be 0 or more, was -1",
        () -> ScoreReport.builder().from(REPORT).raters(-1).build());
    refused(
        "items[4].itemId: duplicate id 'notice-given', already used at index 0 of this list",
        () -> ScoreReport.builder().from(REPORT).items(withFirstRepeated(REPORT.items())).build());
    refused(
        "redFlags[2].itemId: duplicate id 'expenses-and-fees', already used at index 0 of this"
            + " list",
        () ->
            ScoreReport.builder()
                .from(REPORT)
                .redFlags(withFirstRepeated(REPORT.redFlags()))
                .build());
    refused(
        "tokenism[2].itemId: duplicate id '"
            + REPORT.tokenism().get(0).itemId()
            + "', already used at index 0 of this list",
        () ->
            ScoreReport.builder()
                .from(REPORT)
                .tokenism(withFirstRepeated(REPORT.tokenism()))
                .build());
    assertEquals(REPORT, b.build());
  }

  @Test
  void aTrendReportNeedsWellFormedDistinctRoundsAndASensibleMinimum() {
    refused(
        "initiativeId: " + ID_RULE,
        () -> TrendReport.builder().from(TREND).initiativeId("x y").build());
    refused(
        "earlierRoundId: " + ID_RULE,
        () -> TrendReport.builder().from(TREND).earlierRoundId("r 1").build());
    refused(
        "laterRoundId: " + ID_RULE,
        () -> TrendReport.builder().from(TREND).laterRoundId("r 2").build());
    refused(
        "minimumMeaningfulChange: must be more than 0 and at most 100, was 0",
        () -> TrendReport.builder().from(TREND).minimumMeaningfulChange(0).build());
    refused(
        "minimumMeaningfulChange: must be more than 0 and at most 100, was 100.5",
        () -> TrendReport.builder().from(TREND).minimumMeaningfulChange(100.5).build());
    assertEquals(
        100.0,
        TrendReport.builder()
            .from(TREND)
            .minimumMeaningfulChange(100)
            .build()
            .minimumMeaningfulChange());
    refused(
        "items[4].itemId: duplicate id 'notice-given', already used at index 0 of this list",
        () -> TrendReport.builder().from(TREND).items(withFirstRepeated(TREND.items())).build());
    refused(
        "summary: must not be blank", () -> TrendReport.builder().from(TREND).summary(" ").build());
    refused(
        "itemId: " + ID_RULE,
        () -> ItemTrend.of("no tice", TREND.items().get(0).score(), FlagChange.NOT_FLAGGED));
  }

  @Test
  void aScoreChangeKeepsItsScoresInRangeAndFittingTheirStatus() {
    ScoreChange change = TREND.items().get(0).score();
    refused(
        "earlier: must be between 0 and 100, was 101",
        () -> ScoreChange.builder().from(change).earlier(101.0).build());
    refused(
        "later: must be between 0 and 100, was -1",
        () -> ScoreChange.builder().from(change).later(-1.0).build());
    refused(
        "earlier: a score with no answers has no value",
        () -> ScoreChange.builder().from(change).earlierStatus(ScoreStatus.NO_ANSWERS).build());
    refused(
        "later: a score with no answers has no value",
        () -> ScoreChange.builder().from(change).laterStatus(ScoreStatus.NO_ANSWERS).build());
    refused(
        "change: must be between -100 and 100, was 150",
        () -> ScoreChange.builder().from(change).change(150.0).build());
    refused(
        "reason: must not be blank", () -> ScoreChange.builder().from(change).reason("").build());
  }

  @Test
  void aRedFlagNeedsAnIdDistinctTriggersAShareInRangeAndItsOwnRecord() {
    RedFlag ideas = REPORT.redFlag(IDEAS).orElseThrow();
    refused("itemId: " + ID_RULE, () -> RedFlag.builder().from(ideas).itemId("id eas").build());
    refused(
        "triggers[1]: repeats triggers[0]",
        () ->
            RedFlag.builder()
                .from(ideas)
                .triggers(List.of(FlagTrigger.RATERS_SAID_NO, FlagTrigger.RATERS_SAID_NO))
                .build());
    refused(
        "noShare: must be between 0 and 1, was 1.5",
        () -> RedFlag.builder().from(ideas).noShare(1.5).build());
    refused(
        "record.itemId: must be the flagged item's id 'ideas-shape-result'",
        () -> RedFlag.builder().from(ideas).record(recordNo(NOTICE, "m-1", "late")).build());
    refused("reason: must not be blank", () -> RedFlag.builder().from(ideas).reason(" ").build());
  }

  @Test
  void anItemScoreKeepsItsIdWeightValueStatusRecordAndReason() {
    refused(
        "itemId: " + ID_RULE,
        () -> ItemScore.builder().from(NOTICE_SCORE).itemId("no tice").build());
    refused(
        "weight: must be a number more than 0, was 0",
        () -> ItemScore.builder().from(NOTICE_SCORE).weight(0).build());
    refused(
        "value: must be between 0 and 100, was 100.5",
        () -> ItemScore.builder().from(NOTICE_SCORE).value(100.5).build());
    refused(
        "value: a score with no answers has no value",
        () -> ItemScore.builder().from(NOTICE_SCORE).status(ScoreStatus.NO_ANSWERS).build());
    refused(
        "record.itemId: must be the item's own id 'notice-given'",
        () -> ItemScore.builder().from(NOTICE_SCORE).record(recordYes(IDEAS)).build());
    refused(
        "reason: must not be blank",
        () -> ItemScore.builder().from(NOTICE_SCORE).reason("\t").build());
  }

  @Test
  void aScoreKeepsItsValueStatusRatersReasonAndWarnings() {
    Score overall = REPORT.overall();
    refused(
        "value: must be between 0 and 100, was 101",
        () -> Score.builder().from(overall).value(101.0).build());
    refused(
        "value: a score with no answers has no value",
        () ->
            Score.builder()
                .from(overall)
                .status(ScoreStatus.NO_ANSWERS)
                .band(Optional.empty())
                .build());
    refused(
        "raters: must be 0 or more, was -1",
        () -> Score.builder().from(overall).raters(-1).build());
    refused("reason: must not be blank", () -> Score.builder().from(overall).reason(" ").build());
    refused(
        "warnings[0]: must not be blank",
        () -> Score.builder().from(overall).warnings(List.of(" ")).build());
  }

  @Test
  void answerCountsAreNeverNegative() {
    AnswerCounts counts = NOTICE_SCORE.answers();
    refused(
        "yes: must be 0 or more, was -1",
        () -> AnswerCounts.builder().from(counts).yes(-1).build());
    refused(
        "partly: must be 0 or more, was -1",
        () -> AnswerCounts.builder().from(counts).partly(-1).build());
    refused(
        "no: must be 0 or more, was -1", () -> AnswerCounts.builder().from(counts).no(-1).build());
    refused(
        "dontKnow: must be 0 or more, was -1",
        () -> AnswerCounts.builder().from(counts).dontKnow(-1).build());
    refused(
        "notApplicable: must be 0 or more, was -1",
        () -> AnswerCounts.builder().from(counts).notApplicable(-1).build());
  }

  @Test
  void aTokenismSignalKeepsItsScoresInRange() {
    TokenismSignal t = REPORT.tokenism().get(0);
    refused("itemId: " + ID_RULE, () -> TokenismSignal.builder().from(t).itemId("a b").build());
    refused(
        "provider: must be between 0 and 100, was 101",
        () -> TokenismSignal.builder().from(t).provider(101).build());
    refused(
        "livedExperience: must be between 0 and 100, was -1",
        () -> TokenismSignal.builder().from(t).livedExperience(-1).build());
    refused(
        "gap: must be between -100 and 100, was 101",
        () -> TokenismSignal.builder().from(t).gap(101).build());
    refused(
        "reason: must not be blank", () -> TokenismSignal.builder().from(t).reason(" ").build());
  }

  @Test
  void aScoreInputKeepsItsIdWeightValueStatusAndRaters() {
    ScoreInput in = REPORT.overall().inputs().get(0);
    refused("itemId: " + ID_RULE, () -> ScoreInput.builder().from(in).itemId("a b").build());
    refused(
        "weight: must be a number more than 0, was -1",
        () -> ScoreInput.builder().from(in).weight(-1).build());
    refused(
        "value: must be between 0 and 100, was 101",
        () -> ScoreInput.builder().from(in).value(101.0).build());
    refused(
        "value: a score with no answers has no value",
        () -> ScoreInput.builder().from(in).status(ScoreStatus.NO_ANSWERS).build());
    refused(
        "raters: must be 0 or more, was -1",
        () -> ScoreInput.builder().from(in).raters(-1).build());
  }

  @Test
  void groupAndSideScoresKeepTheirValuesCountsAndReasons() {
    GroupScore users = NOTICE_SCORE.byGroup().groups().get(0);
    assertEquals(InterestGroup.PEOPLE_WHO_USE_SERVICES, users.group());
    refused(
        "value: must be between 0 and 100, was 101",
        () -> GroupScore.builder().from(users).value(101.0).build());
    refused(
        "raters: must be 0 or more, was -1",
        () -> GroupScore.builder().from(users).raters(-1).build());
    refused(
        "reason: must not be blank", () -> GroupScore.builder().from(users).reason(" ").build());

    SideScore lived = NOTICE_SCORE.byGroup().livedExperience();
    refused(
        "value: must be between 0 and 100, was 101",
        () -> SideScore.builder().from(lived).value(101.0).build());
    refused(
        "raters: must be 0 or more, was -1",
        () -> SideScore.builder().from(lived).raters(-1).build());
    refused(
        "groups[1]: repeats groups[0]",
        () ->
            SideScore.builder()
                .from(lived)
                .groups(
                    List.of(
                        InterestGroup.PEOPLE_WHO_USE_SERVICES,
                        InterestGroup.PEOPLE_WHO_USE_SERVICES))
                .build());
    refused("reason: must not be blank", () -> SideScore.builder().from(lived).reason(" ").build());
  }

  @Test
  void aBreakdownKeepsEachSideInItsPlaceAndItsGapInRange() {
    Breakdown b = NOTICE_SCORE.byGroup();
    refused(
        "livedExperience.side: must be LIVED_EXPERIENCE",
        () -> Breakdown.builder().from(b).livedExperience(b.provider()).build());
    refused(
        "gap: must be between -100 and 100, was 150",
        () -> Breakdown.builder().from(b).gap(150.0).build());
    refused("reason: must not be blank", () -> Breakdown.builder().from(b).reason(" ").build());
  }

  @Test
  void alphaAgreementAndSpreadKeepTheirRanges() {
    Alpha ordinal = REPORT.overall().agreement().ordinal();
    refused(
        "value: must be a number at most 1",
        () -> Alpha.builder().from(ordinal).value(1.5).build());
    refused(
        "pairableAnswers: must be 0 or more, was -1",
        () -> Alpha.builder().from(ordinal).pairableAnswers(-1).build());
    refused(
        "itemsUsed: must be 0 or more, was -1",
        () -> Alpha.builder().from(ordinal).itemsUsed(-1).build());
    refused(
        "explanation: must not be blank",
        () -> Agreement.builder().from(REPORT.overall().agreement()).explanation(" ").build());
    refused("standardDeviation: must be between 0 and 50, was 51", () -> AnswerSpread.of(51, 0.5));
    refused("modalShare: must be between 0 and 1, was 1.5", () -> AnswerSpread.of(10, 1.5));
  }

  @Test
  void aPrincipleScoreNamesItsFrameworkAndPrincipleByWellFormedIds() {
    PrincipleScore p = REPORT.principles().get(0);
    refused(
        "frameworkId: " + ID_RULE,
        () -> PrincipleScore.builder().from(p).frameworkId("the guide").build());
    refused(
        "principleId: " + ID_RULE,
        () -> PrincipleScore.builder().from(p).principleId("equal ity").build());
  }
}
