package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

class LadderAnswersTest {
  private static final InterestGroup USERS = InterestGroup.PEOPLE_WHO_USE_SERVICES;
  private static final InterestGroup STAFF = InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;
  private static final InterestGroup CARERS = InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE;

  static ResponseSet says(String id, InterestGroup group, Stage stage, String code) {
    return ResponseSet.builder()
        .id(id)
        .checklist(LadderQuestionnaire.get().ref())
        .initiativeId("day-centre")
        .raterRole(Role.COMMUNITY_MEMBER)
        .raterInterestGroup(group)
        .addAnswers(ItemResponse.of(LadderQuestionnaire.itemId(stage), code))
        .build();
  }

  /**
   * Three people who use services put the running of the service at consultation or engagement,
   * three staff higher; the one carer who answered is below k = 3 and does not count.
   */
  static List<ResponseSet> workedCase() {
    List<ResponseSet> sets = new ArrayList<>();
    sets.add(says("u1", USERS, Stage.CO_DELIVERY, "CONSULTATION"));
    sets.add(says("u2", USERS, Stage.CO_DELIVERY, "CONSULTATION"));
    sets.add(says("u3", USERS, Stage.CO_DELIVERY, "ENGAGEMENT"));
    sets.add(says("s1", STAFF, Stage.CO_DELIVERY, "CO_PRODUCTION"));
    sets.add(says("s2", STAFF, Stage.CO_DELIVERY, "CO_DESIGN"));
    sets.add(says("s3", STAFF, Stage.CO_DELIVERY, "CONSULTATION"));
    sets.add(says("c1", CARERS, Stage.CO_DELIVERY, "COERCION"));
    return sets;
  }

  @Test
  void theRungPeopleChoseIsTheLowerMedianOfTheAnswersThatCount() {
    StageAnswers delivery = LadderAnswers.tally(workedCase(), 3).get(Stage.CO_DELIVERY.ordinal());
    assertEquals(Stage.CO_DELIVERY, delivery.stage());
    assertEquals(6, delivery.counted());
    assertEquals(Optional.of(LadderRung.CONSULTATION), delivery.chosenRung());
    assertEquals(Optional.of(LadderRung.CONSULTATION), delivery.lowestRung());
    assertEquals(Optional.of(LadderRung.CO_PRODUCTION), delivery.highestRung());
    assertEquals(3, delivery.spread());
    assertTrue(delivery.answersLeftOut());
  }

  @Test
  void aGroupBelowTheMinimumDoesNotCount() {
    // The carer's coercion would be the lowest rung if it counted.
    StageAnswers counted = LadderAnswers.tally(workedCase(), 1).get(Stage.CO_DELIVERY.ordinal());
    assertEquals(7, counted.counted());
    assertEquals(Optional.of(LadderRung.COERCION), counted.lowestRung());
    assertFalse(counted.answersLeftOut());

    StageAnswers leftOut = LadderAnswers.tally(workedCase(), 3).get(Stage.CO_DELIVERY.ordinal());
    assertEquals(Optional.of(LadderRung.CONSULTATION), leftOut.lowestRung());
  }

  @Test
  void dontKnowMakesUpTheGroupButNamesNoRung() {
    List<ResponseSet> sets = new ArrayList<>();
    sets.add(says("u1", USERS, Stage.CO_DESIGN, "INFORMING"));
    sets.add(says("u2", USERS, Stage.CO_DESIGN, "DONT_KNOW"));
    sets.add(says("u3", USERS, Stage.CO_DESIGN, "NOT_APPLICABLE"));
    StageAnswers design = LadderAnswers.tally(sets, 3).get(Stage.CO_DESIGN.ordinal());
    assertEquals(1, design.counted());
    assertEquals(Optional.of(LadderRung.INFORMING), design.chosenRung());
    assertFalse(design.answersLeftOut());
  }

  @Test
  void aStageNobodyAnsweredHasNoRung() {
    List<StageAnswers> all = LadderAnswers.tally(workedCase(), 3);
    assertEquals(Stage.values().length, all.size());
    StageAnswers evaluation = all.get(Stage.CO_EVALUATION.ordinal());
    assertEquals(0, evaluation.counted());
    assertEquals(Optional.empty(), evaluation.chosenRung());
    assertEquals(0, evaluation.spread());
  }

  @Test
  void noAnswersGiveNoSummaries() {
    assertEquals(List.of(), LadderAnswers.tally(List.of(), 3));
  }

  @Test
  void answersToAnotherChecklistAreRefusedSayingWhere() {
    ResponseSet police =
        ResponseSet.builder()
            .from(says("p1", USERS, Stage.CO_DESIGN, "CONSULTATION"))
            .checklist(BuiltInChecklist.get().ref())
            .build();
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> LadderAnswers.tally(List.of(police), 3));
    assertTrue(e.getMessage().contains("answers[0]"), e.getMessage());
  }

  @Test
  void anAnswerOffTheLadderIsRefused() {
    assertThrows(
        CoProductionException.class,
        () -> LadderAnswers.tally(List.of(says("u1", USERS, Stage.CO_DESIGN, "YES")), 3));
  }
}
