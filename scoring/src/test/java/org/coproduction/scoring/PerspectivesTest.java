package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.CARERS;
import static org.coproduction.scoring.Fixtures.EXPENSES;
import static org.coproduction.scoring.Fixtures.MANAGERS;
import static org.coproduction.scoring.Fixtures.N;
import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.P;
import static org.coproduction.scoring.Fixtures.PUBLIC;
import static org.coproduction.scoring.Fixtures.STAFF;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Breakdown;
import org.coproduction.scoring.perspectives.GroupScore;
import org.coproduction.scoring.perspectives.SuppressionReason;
import org.coproduction.scoring.perspectives.Visibility;
import org.junit.jupiter.api.Test;

/** Scores by interest group, the gap between the sides, tokenism, and hiding small groups. */
class PerspectivesTest {

  @Test
  void eachGroupLargeEnoughIsShownWithItsOwnScoreAndCounts() {
    Breakdown b =
        round()
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
      assertEquals("No rater from this group answered yes, partly or no.", b.group(g).reason());
    }
  }

  @Test
  void theGapIsTheProviderSideMinusPeopleWhoUseServicesAndCarers() {
    Breakdown b =
        round()
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
        round()
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
        round().rater(USERS, Y, Y).raters(2, USERS, N, Y).raters(4, STAFF, Y, Y).score();
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
    Fixtures.Round answers = round().raters(2, USERS, P).rater(USERS, Y).raters(3, STAFF, Y);
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
  void aGroupWithFewerThanThreeRatersIsSuppressedWithItsReason() {
    Breakdown b =
        round()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .raters(4, STAFF, Y)
            .raters(5, MANAGERS, P)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    GroupScore carers = b.group(CARERS);
    assertEquals(Visibility.SUPPRESSED, carers.visibility());
    assertEquals(Optional.of(SuppressionReason.FEWER_THAN_K), carers.suppression());
    assertEquals("suppressed: fewer than 3 raters", carers.reason());
    assertEquals(Optional.empty(), carers.value());
    assertEquals(Optional.empty(), carers.raters());
    assertEquals(Optional.empty(), carers.answers());
  }

  @Test
  void aLoneSmallGroupTakesTheSmallestShownGroupWithIt() {
    // Carers (2) could be worked out from the item's total minus the rest, so the smallest shown
    // group, people who use services (3), is hidden too.
    Breakdown b =
        round()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .raters(4, STAFF, Y)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Optional.of(SuppressionReason.FEWER_THAN_K), b.group(CARERS).suppression());
    assertEquals(Optional.of(SuppressionReason.COMPLEMENTARY), b.group(USERS).suppression());
    assertEquals(
        "suppressed: hidden as well, so that a smaller group's score cannot be worked out from"
            + " the total",
        b.group(USERS).reason());
    assertEquals(Visibility.SHOWN, b.group(STAFF).visibility());
    // With both lived-experience groups hidden, that side has no score and there is no gap.
    assertEquals(Optional.empty(), b.livedExperience().value());
    assertEquals(
        "No group on this side is shown, so it has no score here.", b.livedExperience().reason());
    assertEquals(Optional.empty(), b.gap());
    assertEquals("No gap, as people who use services and carers have no score.", b.reason());
  }

  @Test
  void twoSmallGroupsNeedNoComplement() {
    Breakdown b =
        round()
            .raters(3, USERS, Y)
            .raters(2, CARERS, N)
            .rater(MANAGERS, N)
            .raters(4, STAFF, Y)
            .score()
            .item(NOTICE)
            .orElseThrow()
            .byGroup();
    assertEquals(Visibility.SHOWN, b.group(USERS).visibility());
    assertEquals(Visibility.SUPPRESSED, b.group(CARERS).visibility());
    assertEquals(Visibility.SUPPRESSED, b.group(MANAGERS).visibility());
    assertEquals(Visibility.SHOWN, b.group(STAFF).visibility());
    // Each side pools its shown groups only, so a hidden group is never side minus shown group.
    assertEquals(List.of(USERS), b.livedExperience().groups());
    assertEquals(Optional.of(100.0), b.livedExperience().value());
    assertEquals(List.of(STAFF), b.provider().groups());
  }

  @Test
  void whenOnlyOneSmallGroupAnsweredEveryGroupIsHiddenButTheItemScoreStays() {
    ItemScore notice = round().raters(2, CARERS, N).score().item(NOTICE).orElseThrow();
    for (GroupScore g : notice.byGroup().groups()) {
      assertEquals(Visibility.SUPPRESSED, g.visibility(), g.group().name());
      assertEquals(Optional.of(SuppressionReason.TOTAL_WOULD_REVEAL), g.suppression());
      assertEquals(
          "suppressed: only one group answered and it has fewer than 3 raters, so every group is"
              + " hidden",
          g.reason());
    }
    assertEquals(Optional.of(0.0), notice.value());
    assertEquals(ScoreStatus.INCONCLUSIVE, notice.status());
  }

  @Test
  void kIsASettingAndOneHidesNothing() {
    Breakdown b =
        round()
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
  void anAggregateGroupScoreUsesOnlyTheItemsWhereTheGroupIsShown() {
    // Carers: 3 answer notice (shown), only 1 answers expenses (hidden there, with people who use
    // services hidden as its complement).
    ScoreReport report =
        round()
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
        "Weighted mean of this group's scores on the 1 item where it is shown = 0; left out: 1"
            + " item where it is hidden.",
        carers.reason());
    GroupScore users = report.overall().byGroup().group(USERS);
    assertEquals(Optional.of(100.0), users.value());
    // The sides are compared over items both have a score for: notice only, where people who use
    // services (3 yes) and carers (3 no) pool to 50.
    Breakdown overall = report.overall().byGroup();
    assertEquals(Optional.of(50.0), overall.livedExperience().value());
    assertEquals(Optional.of(100.0), overall.provider().value());
    assertEquals(
        Optional.empty(), report.item(EXPENSES).orElseThrow().byGroup().livedExperience().value());
  }

  @Test
  void aGroupHiddenOnEveryItemIsHiddenInTheAggregateWithTheReason() {
    ScoreReport report =
        round().raters(3, USERS, Y, Y).raters(2, CARERS, N, N).raters(2, STAFF, Y, Y).score();
    GroupScore carers = report.overall().byGroup().group(CARERS);
    assertEquals(Visibility.SUPPRESSED, carers.visibility());
    assertEquals(Optional.of(SuppressionReason.FEWER_THAN_K), carers.suppression());
    assertEquals("suppressed: fewer than 3 raters (hidden on every item here)", carers.reason());
    assertEquals(Visibility.NO_RATERS, report.overall().byGroup().group(PUBLIC).visibility());
    assertEquals(
        "No rater from this group answered these items.",
        report.overall().byGroup().group(PUBLIC).reason());
  }
}
