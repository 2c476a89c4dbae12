package org.coproduction.scoring;

import static org.coproduction.scoring.Fixtures.NOTICE;
import static org.coproduction.scoring.Fixtures.USERS;
import static org.coproduction.scoring.Fixtures.Y;
import static org.coproduction.scoring.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Answers that do not fit the checklist or each other are refused with their path. */
class ScoringValidationTest {
  private static final List<ResponseSet> THREE = round().raters(3, USERS, Y).sets();

  @Test
  void thereMustBeSomethingToScore() {
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), List.of()),
        "responses: needs at least one response set to score");
  }

  @Test
  void anAnswerToAnItemTheChecklistLacksIsRefused() {
    List<ResponseSet> sets = with(1, b -> b.answers(List.of(ItemResponse.of("not-an-item", Y))));
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[1].answers[0].itemId: no item 'not-an-item' in checklist test-checklist 1.0");
  }

  @Test
  void answersToAnotherChecklistVersionAreRefused() {
    List<ResponseSet> sets = with(2, b -> b.checklist(ChecklistRef.of("test-checklist", "0.9")));
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[2].checklist.version: these answers are to version 0.9 of checklist"
            + " test-checklist, not version 1.0");
  }

  @Test
  void answersAboutAnotherInitiativeAreRefused() {
    List<ResponseSet> sets = with(1, b -> b.initiativeId("initiative-2"));
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[1].initiativeId: these answers are about initiative 'initiative-2', not"
            + " 'initiative-1' like responses[0]; score one initiative at a time");
  }

  @Test
  void answersFromAnotherRoundAreRefused() {
    List<ResponseSet> sets = with(2, b -> b.reviewRoundId("r2"));
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[2].reviewRoundId: these answers belong to review round 'r2', not review round"
            + " 'r1' like responses[0]; score one round at a time and compare rounds with"
            + " Trends.compare");
  }

  @Test
  void theSameResponseSetTwiceIsRefused() {
    List<ResponseSet> sets = with(2, b -> b.id("rs-0"));
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[2].id: response set 'rs-0' is already scored at responses[0]");
  }

  @Test
  void aNamedPersonRatingTwiceIsRefused() {
    List<ResponseSet> sets = new ArrayList<>(with(0, b -> b.participantId("p-7")));
    sets.set(2, ResponseSet.builder().from(sets.get(2)).participantId("p-7").build());
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), sets),
        "responses[2].participantId: participant 'p-7' already rated at responses[0]; each"
            + " person rates once a round");
  }

  @Test
  void aRecordAnswerToAnItemTheChecklistLacksIsRefused() {
    RecordAnswer record = RecordAnswer.builder().itemId("not-an-item").answer(Y).build();
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), THREE, List.of(record)),
        "recordAnswers[0].itemId: no item 'not-an-item' in checklist test-checklist 1.0");
  }

  @Test
  void twoRecordAnswersToOneItemAreRefused() {
    RecordAnswer record = Fixtures.recordYes(NOTICE);
    assertRefused(
        () -> Scoring.score(Fixtures.checklist(), THREE, List.of(record, record)),
        "recordAnswers[1].itemId: item 'notice-given' is already answered from the records at"
            + " recordAnswers[0]");
  }

  private static List<ResponseSet> with(
      int index, java.util.function.Consumer<ResponseSet.Builder> change) {
    List<ResponseSet> sets = new ArrayList<>(THREE);
    ResponseSet.Builder b = ResponseSet.builder();
    b.from(sets.get(index));
    change.accept(b);
    sets.set(index, b.build());
    return sets;
  }

  private static void assertRefused(Executable call, String message) {
    CoProductionException e = assertThrows(CoProductionException.class, call);
    assertEquals(message, e.getMessage());
  }
}
