package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.CARERS;
import static org.coproduction.scoring.Fixtures.DK;
import static org.coproduction.scoring.Fixtures.EXPENSES;
import static org.coproduction.scoring.Fixtures.MANAGERS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.PUBLIC;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.council;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/** Scores by interest group, the gap between the sides, tokenism, and hiding small groups. */
class PerspectivesTest {

  @Test
  void eachGroupLargeEnoughIsShownWithItsOwnScoreAndCounts() {
    Breakdown b =
        council()
            .rater(USERS, Y)
            .raters(2, USERS, N)
            .raters(3, STAFF, Y)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    GroupScore users = b.group(USERS);
    assertEquals(Visibility.SHOWN, users.visibility());
    assertEquals(Optional.of(33.3), users.value());
    assertEquals(Optional.of(3), users.raters());
    assertEquals("3 raters: 1 yes, 0 partly, 2 no = 33.3.", users.reason());
    assertEquals(Optional.of(100.0), b.group(STAFF).value());
    for (InterestGroup g : List.of(CARERS, PUBLIC, MANAGERS)) {
      assertEquals(Visibility.NO_RATERS, b.group(g).visibility());
      assertEquals(
          "This group has no yes, partly or no answer that counts here.", b.group(g).reason());
    }
  }

  @Test
  void theGapIsTheProviderSideMinusPeopleWhoUseServicesAndCarers() {
    Breakdown b =
        council()
            .rater(USERS, Y)
            .raters(2, USERS, N)
            .raters(3, CARERS, P)
            .raters(3, STAFF, Y)
            .raters(3, MANAGERS, P)
            .raters(3, PUBLIC, N)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    // lived experience: (1 × 100 + 3 × 50) / 6 = 41.7; provider: (3 × 100 + 3 × 50) / 6 = 75
    assertEquals(Optional.of(41.7), b.livedExperience().value());
    assertEquals(6, b.livedExperience().raters());
    assertEquals(List.of(USERS, CARERS), b.livedExperience().groups());
    assertEquals(
        "Pooled over 6 raters from people who use services and family and friends who care ="
            + " 41.7.",
        b.livedExperience().reason());
    assertEquals(Optional.of(75.0), b.provider().value());
    assertEquals(List.of(MANAGERS, STAFF), b.provider().groups());
    assertEquals(Optional.of(33.3), b.gap());
    assertEquals(
        "The provider side scores this 33.3 points higher than people who use services and"
            + " carers.",
        b.reason());
  }

  @Test
  void aNegativeGapMeansPeopleWhoUseServicesScoreItHigher() {
    Breakdown b =
        council()
            .raters(3, USERS, Y)
            .raters(3, STAFF, P)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Optional.of(-50.0), b.gap());
    assertEquals(
        "People who use services and carers score this 50 points higher than the provider side.",
        b.reason());
  }

  @Test
  void theProviderSideScoringHighWhilePeopleWhoUseServicesScoreLowSignalsTokenism() {
    ScoreReport report =
        council().rater(USERS, Y, Y).raters(2, USERS, N, Y).raters(4, STAFF, Y, Y).score();
    // notice: people who use services 33.3, staff 100
    assertEquals(1, report.tokenism().size());
    TokenismSignal signal = report.tokenism().get(0);
    assertEquals(NOTICE, signal.itemId());
    assertEquals(100.0, signal.provider());
    assertEquals(33.3, signal.livedExperience());
    assertEquals(66.7, signal.gap());
    assertEquals(
        "The provider side scores this 100 (at least 75) while people who use services and"
            + " carers score it 33.3 (at most 50), a gap of 66.7 points.",
        signal.reason());
  }

  @Test
  void tokenismThresholdsAreSettings() {
    Fixtures.Round answers = council().raters(2, USERS, P).rater(USERS, Y).raters(3, STAFF, Y);
    // people who use services 66.7, staff 100: not tokenism under the defaults
    assertEquals(List.of(), answers.score().tokenism());
    ScoringSettings wider =
        ScoringSettings.builder()
            .tokenismProviderAtLeast(90)
            .tokenismLivedExperienceAtMost(70)
            .build();
    assertEquals(NOTICE, answers.score(wider).tokenism().get(0).itemId());
  }

  @Test
  void theAnswersOfFewerThanThreePeopleOfAGroupAreLeftOutOfEveryFigure() {
    ScoreReport report =
        council()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .raters(4, STAFF, Y)
            .raters(5, MANAGERS, P)
            .score();
    ItemScore notice = report.item(NOTICE).orElseThrow();
    GroupScore carers = notice.byGroup().group(CARERS);
    // Carers look like a group nobody answered for: nothing says a small group was there.
    assertEquals(Visibility.NO_RATERS, carers.visibility());
    assertEquals("This group has no yes, partly or no answer that counts here.", carers.reason());
    assertEquals(Optional.empty(), carers.value());
    // The item's counts are the other groups' only: 3 + 4 yes, 5 partly.
    assertEquals(12, notice.raters());
    assertEquals(7, notice.answers().yes());
    assertEquals(0, notice.answers().no());
    assertEquals(12, report.raters());
    assertTrue(report.answersLeftOut());
  }

  @Test
  void theOtherGroupsStayShownBesideALeftOutGroup() {
    Breakdown b =
        council()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .raters(4, STAFF, Y)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Visibility.SHOWN, b.group(USERS).visibility());
    assertEquals(Visibility.SHOWN, b.group(STAFF).visibility());
    // People who use services alone make the lived-experience side: carers' no is in no figure.
    assertEquals(List.of(USERS), b.livedExperience().groups());
    assertEquals(Optional.of(100.0), b.livedExperience().value());
    assertEquals(Optional.of(0.0), b.gap());
  }

  @Test
  void dontKnowAndNotApplicableCountTowardsTheThreePeople() {
    // Two carers say no and one does not know: three carers answered, so the no answers count.
    ItemScore notice =
        council()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .rater(CARERS, DK)
            .score()
            .item(NOTICE)
            .orElseThrow();
    assertEquals(Visibility.SHOWN, notice.byGroup().group(CARERS).visibility());
    assertEquals(Optional.of(2), notice.byGroup().group(CARERS).raters());
    assertEquals(1, notice.answers().dontKnow());
    assertEquals(5, notice.raters());
  }

  @Test
  void whenOnlyOneSmallGroupAnsweredTheItemHasNoAnswers() {
    ScoreReport report = council().raters(2, CARERS, N).raters(3, USERS, null, Y).score();
    ItemScore notice = report.item(NOTICE).orElseThrow();
    assertEquals(ScoreStatus.NO_ANSWERS, notice.status());
    assertEquals(Optional.empty(), notice.value());
    assertEquals(0, notice.answers().no());
    for (GroupScore g : notice.byGroup().groups()) {
      assertEquals(Visibility.NO_RATERS, g.visibility(), g.group().name());
    }
    // Heading counts only people with an answer that counts.
    assertEquals(3, report.raters());
    assertTrue(report.answersLeftOut());
  }

  @Test
  void nothingIsLeftOutWhenEveryGroupHasThreePeople() {
    assertFalse(council().raters(3, CARERS, N).raters(3, USERS, Y).score().answersLeftOut());
  }

  @Test
  void kIsASettingAndOneHidesNothing() {
    Breakdown b =
        council()
            .rater(USERS, Y)
            .raters(3, STAFF, Y)
            .score(ScoringSettings.builder().minimumGroupSize(1).build())
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Optional.of(100.0), b.group(USERS).value());
    assertEquals(Optional.of(1), b.group(USERS).raters());
  }

  @Test
  void anAggregateGroupScoreUsesOnlyTheItemsWhereTheGroupsAnswersCount() {
    // Carers: 3 answer notice (counted), only 1 answers expenses (left out there).
    ScoreReport report =
        council()
            .raters(3, USERS, Y, Y)
            .raters(2, CARERS, N, null)
            .rater(CARERS, N, N)
            .raters(4, STAFF, Y, Y)
            .score();
    GroupScore carers = report.overall().byGroup().group(CARERS);
    // only notice (0) counts for carers, not expenses
    assertEquals(Optional.of(0.0), carers.value());
    assertEquals(Optional.of(3), carers.raters());
    assertEquals(
        "Weighted mean of this group's scores on the 1 item where it has answers = 0.",
        carers.reason());
    GroupScore users = report.overall().byGroup().group(USERS);
    assertEquals(Optional.of(100.0), users.value());
    // The sides are compared over items both have a score for: notice and expenses; on expenses
    // people who use services alone make their side.
    Breakdown overall = report.overall().byGroup();
    assertEquals(Optional.of(100.0), overall.provider().value());
    assertEquals(
        Optional.of(100.0),
        report.item(EXPENSES).orElseThrow().byGroup().livedExperience().value());
    assertEquals(7, report.item(EXPENSES).orElseThrow().raters());
  }

  @Test
  void aGroupLeftOutOnEveryItemLooksLikeAGroupNobodyAnsweredFor() {
    ScoreReport report =
        council().raters(3, USERS, Y, Y).raters(2, CARERS, N, N).raters(2, STAFF, Y, Y).score();
    GroupScore carers = report.overall().byGroup().group(CARERS);
    GroupScore public_ = report.overall().byGroup().group(PUBLIC);
    assertEquals(Visibility.NO_RATERS, carers.visibility());
    assertEquals(public_.reason(), carers.reason());
    assertEquals(
        "This group has no yes, partly or no answer that counts on these items.", public_.reason());
    assertEquals(3, report.raters());
  }
}
