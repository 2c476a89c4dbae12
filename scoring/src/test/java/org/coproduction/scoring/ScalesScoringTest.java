package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.checklist.AnswerScales;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.Severity;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;

/** Scoring through the public API on scales other than yes, partly and no. */
class ScalesScoringTest {
  private static final String[] AGREEMENT = {
    null, "STRONGLY_DISAGREE", "DISAGREE", "NEITHER", "AGREE", "STRONGLY_AGREE"
  };

  /**
   * The reliability data of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011),
   * example C: 4 observers (columns) rate 12 units (rows) from 1 to 5; 0 marks a missing value.
   * Here each observer is a rater and each unit an item on the five-point agreement scale.
   */
  private static final int[][] FOUR_OBSERVERS_TWELVE_UNITS = {
    {1, 1, 0, 1},
    {2, 2, 3, 2},
    {3, 3, 3, 3},
    {3, 3, 3, 3},
    {2, 2, 2, 2},
    {1, 2, 3, 4},
    {4, 4, 4, 4},
    {1, 1, 2, 1},
    {2, 2, 2, 2},
    {0, 5, 5, 5},
    {0, 0, 1, 1},
    {0, 3, 0, 0},
  };

  private static final ScoringSettings EVERY_ANSWER_COUNTS =
      ScoringSettings.builder().minimumGroupSize(1).build();

  @Test
  void alphaOverTheFiveAgreementCategoriesMatchesKrippendorffsPublishedValues() {
    int units = FOUR_OBSERVERS_TWELVE_UNITS.length;
    Checklist checklist = agreementChecklist(units);
    List<ResponseSet> raters = new ArrayList<>();
    for (int observer = 0; observer < 4; observer++) {
      String[] answers = new String[units];
      for (int unit = 0; unit < units; unit++) {
        answers[unit] = AGREEMENT[FOUR_OBSERVERS_TWELVE_UNITS[unit][observer]];
      }
      raters.add(
          rater(checklist, "observer-" + observer, InterestGroup.PEOPLE_WHO_USE_SERVICES, answers));
    }
    // Every unit counts, as in the paper: the items with fewer than 3 raters too.
    ScoringSettings settings =
        ScoringSettings.builder().from(EVERY_ANSWER_COUNTS).minimumRaters(1).build();
    Agreement agreement =
        Scoring.score(checklist, raters, List.of(), settings).overall().agreement();
    // Published: nominal .743, ordinal .815, interval .849.
    assertEquals(Optional.of(0.743), agreement.nominal().value());
    assertEquals(Optional.of(0.815), agreement.ordinal().value());
    assertEquals(Optional.of(0.849), agreement.interval().value());
    assertEquals(40, agreement.ordinal().pairableAnswers());
    assertEquals(11, agreement.ordinal().itemsUsed());
  }

  @Test
  void anItemsScoreIsTheMeanOfItsAnswersValuesAndSaysSoByTheirLabels() {
    Checklist checklist = agreementChecklist(1);
    List<ResponseSet> raters =
        List.of(
            rater(checklist, "a", InterestGroup.PEOPLE_WHO_USE_SERVICES, "AGREE"),
            rater(checklist, "b", InterestGroup.PEOPLE_WHO_USE_SERVICES, "STRONGLY_AGREE"),
            rater(checklist, "c", InterestGroup.PEOPLE_WHO_USE_SERVICES, "NEITHER"),
            rater(checklist, "d", InterestGroup.PEOPLE_WHO_USE_SERVICES, "DONT_KNOW"));
    ItemScore item =
        Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS).items().get(0);
    assertEquals(Optional.of(75.0), item.value());
    assertEquals(3, item.raters());
    assertEquals(
        Map.of(
            "STRONGLY_DISAGREE", 0, "DISAGREE", 0, "NEITHER", 1, "AGREE", 1, "STRONGLY_AGREE", 1),
        item.answers().byAnswer());
    assertEquals(
        List.of("STRONGLY_DISAGREE", "DISAGREE", "NEITHER", "AGREE", "STRONGLY_AGREE"),
        List.copyOf(item.answers().byAnswer().keySet()));
    assertEquals(1, item.answers().byNotAnswer().get("DONT_KNOW"));
    assertEquals(0, item.answers().yes());
    assertEquals(
        "3 raters gave an answer that counts: (1 strongly agree × 100 + 1 agree × 75 + 1 neither"
            + " agree nor disagree × 50 + 0 disagree × 25 + 0 strongly disagree × 0) / 3 = 75,"
            + " leaving out 1 who said 'Don't know'.",
        item.reason());
  }

  @Test
  void aThirdAtTheBottomOfTheScaleRaisesARedFlag() {
    Checklist checklist = agreementChecklist(1);
    List<ResponseSet> raters =
        List.of(
            rater(checklist, "a", InterestGroup.PEOPLE_WHO_USE_SERVICES, "STRONGLY_DISAGREE"),
            rater(checklist, "b", InterestGroup.PEOPLE_WHO_USE_SERVICES, "AGREE"),
            rater(checklist, "c", InterestGroup.PEOPLE_WHO_USE_SERVICES, "DISAGREE"));
    List<RedFlag> flags =
        Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS).redFlags();
    assertEquals(1, flags.size());
    assertEquals(List.of(FlagTrigger.RATERS_SAID_NO), flags.get(0).triggers());
    assertEquals(Optional.of(0.333), flags.get(0).noShare());
    assertTrue(
        flags
            .get(0)
            .reason()
            .startsWith(
                "1 of 3 raters answered 'Strongly disagree', the bottom"
                    + " of the scale (33%; a flag is raised from 33%)"),
        flags.get(0).reason());
  }

  @Test
  void disagreeingIsNotTheBottomOfTheScale() {
    Checklist checklist = agreementChecklist(1);
    List<ResponseSet> raters =
        List.of(
            rater(checklist, "a", InterestGroup.PEOPLE_WHO_USE_SERVICES, "DISAGREE"),
            rater(checklist, "b", InterestGroup.PEOPLE_WHO_USE_SERVICES, "DISAGREE"),
            rater(checklist, "c", InterestGroup.PEOPLE_WHO_USE_SERVICES, "AGREE"));
    assertEquals(
        List.of(), Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS).redFlags());
  }

  @Test
  void anAnswerFromAnotherScaleIsRefusedWithItsPath() {
    Checklist checklist = agreementChecklist(1);
    List<ResponseSet> raters =
        List.of(rater(checklist, "a", InterestGroup.PEOPLE_WHO_USE_SERVICES, "YES"));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS));
    assertEquals(
        "responses[0].answers[0].answer: 'YES' is not an answer to item 'item-0', which is"
            + " answered on scale 'agreement-5': STRONGLY_DISAGREE, DISAGREE, NEITHER, AGREE,"
            + " STRONGLY_AGREE, DONT_KNOW, NOT_APPLICABLE",
        e.getMessage());
  }

  @Test
  void anItemOnTheProgressScaleInAnAgreementChecklistScoresOnItsOwnScale() {
    Checklist base = agreementChecklist(2);
    Checklist checklist =
        Checklist.builder()
            .from(base)
            .items(
                List.of(
                    base.items().get(0),
                    ChecklistItem.copyOf(base.items().get(1)).scaleId("progress-4").build()))
            .build();
    List<ResponseSet> raters =
        List.of(
            rater(checklist, "a", InterestGroup.PEOPLE_WHO_USE_SERVICES, "AGREE", "STARTED"),
            rater(checklist, "b", InterestGroup.PEOPLE_WHO_USE_SERVICES, "AGREE", "ON_THE_WAY"));
    ScoreReport report = Scoring.score(checklist, raters, List.of(), EVERY_ANSWER_COUNTS);
    assertEquals(Optional.of(75.0), report.items().get(0).value());
    assertEquals(Optional.of(50.0), report.items().get(1).value());
    assertEquals(Optional.of(62.5), report.overall().value());
  }

  @Test
  void staffAgreeingWhilePeopleWhoUseServicesDisagreeIsSignalledAsPossibleTokenism() {
    Checklist checklist = agreementChecklist(1);
    InterestGroup users = InterestGroup.PEOPLE_WHO_USE_SERVICES;
    InterestGroup staff = InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;
    List<ResponseSet> raters =
        List.of(
            rater(checklist, "u1", users, "STRONGLY_DISAGREE"),
            rater(checklist, "u2", users, "DISAGREE"),
            rater(checklist, "u3", users, "DISAGREE"),
            rater(checklist, "s1", staff, "STRONGLY_AGREE"),
            rater(checklist, "s2", staff, "STRONGLY_AGREE"),
            rater(checklist, "s3", staff, "AGREE"));
    ScoreReport report = Scoring.score(checklist, raters, List.of());
    assertEquals(1, report.tokenism().size());
    assertEquals(91.7, report.tokenism().get(0).provider());
    assertEquals(16.7, report.tokenism().get(0).livedExperience());
  }

  static Checklist agreementChecklist(int items) {
    Checklist.Builder b =
        Checklist.builder()
            .id("our-audit")
            .version("1")
            .title("Our audit")
            .language("en")
            .scaleId("agreement-5")
            .answerCodes(AnswerScales.AGREEMENT.codes());
    for (int i = 0; i < items; i++) {
      b.addItems(
          ChecklistItem.builder()
              .id("item-" + i)
              .statement("We plan the work together.")
              .easyRead("We plan together.")
              .area(JigsawArea.PRACTICE)
              .severity(Severity.SERIOUS)
              .weight(1)
              .recordBased(false)
              .addSources(Source.of("our-audit", "Our audit, written by us"))
              .build());
    }
    return b.build();
  }

  static ResponseSet rater(Checklist checklist, String id, InterestGroup group, String... answers) {
    ResponseSet.Builder set =
        ResponseSet.builder()
            .id(id)
            .checklist(checklist.ref())
            .initiativeId("initiative-1")
            .raterRole(Role.COMMUNITY_MEMBER)
            .raterInterestGroup(group);
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] != null) {
        set.addAnswers(ItemResponse.of(checklist.items().get(i).id(), answers[i]));
      }
    }
    return set.build();
  }
}
