package org.coproduction.checklist.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordComparison.Disagreement;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

class RecordComparisonTest {
  static final RecordAnswer RECORDS_NO =
      RecordAnswer.builder()
          .itemId("notice-given")
          .answer(Answer.NO)
          .addEvidence(FailureModeTest.meetingEvidence("m1", "2 days' notice; at least 14 needed"))
          .build();

  static final RecordAnswer RECORDS_YES =
      RecordAnswer.builder().itemId("notice-given").answer(Answer.YES).build();

  private static List<ItemResponse> raters(Answer... answers) {
    return Arrays.stream(answers)
        .map(a -> ItemResponse.of("notice-given", a))
        .collect(Collectors.toList());
  }

  private static ResponseSet set(String id, String version, String initiative, ItemResponse... rs) {
    return ResponseSet.builder()
        .id(id)
        .checklist(ChecklistRef.of("coproduction-police", version))
        .initiativeId(initiative)
        .raterRole(Role.CARER_OR_FAMILY)
        .raterInterestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
        .addAnswers(rs)
        .build();
  }

  @Test
  void recordsSayNoWhileMostRatersSayYes() {
    RecordComparison c = RecordComparison.of(RECORDS_NO, raters(Answer.YES, Answer.YES, Answer.NO));
    assertEquals(Disagreement.RECORDS_NO_RATERS_YES, c.disagreement());
    assertTrue(c.disagrees());
  }

  @Test
  void recordsSayYesWhileMostRatersSayNo() {
    RecordComparison c =
        RecordComparison.of(RECORDS_YES, raters(Answer.NO, Answer.NO, Answer.PARTLY));
    assertEquals(Disagreement.RECORDS_YES_RATERS_NO, c.disagreement());
  }

  @Test
  void halfTheRatersIsNotMost() {
    RecordComparison c = RecordComparison.of(RECORDS_NO, raters(Answer.YES, Answer.NO));
    assertEquals(Disagreement.NONE, c.disagreement());
    assertFalse(c.disagrees());
  }

  @Test
  void ratersWhoDoNotKnowAreLeftOutOfTheMajority() {
    RecordComparison c =
        RecordComparison.of(
            RECORDS_NO,
            raters(Answer.YES, Answer.DONT_KNOW, Answer.DONT_KNOW, Answer.NOT_APPLICABLE));
    assertEquals(Disagreement.RECORDS_NO_RATERS_YES, c.disagreement());
  }

  @Test
  void partlyFromTheRecordsOrNoRatersIsNeverADisagreement() {
    RecordAnswer partly =
        RecordAnswer.builder()
            .itemId("notice-given")
            .answer(Answer.PARTLY)
            .addEvidence(
                FailureModeTest.meetingEvidence("m1", "2 days' notice; at least 14 needed"))
            .build();
    assertEquals(
        Disagreement.NONE,
        RecordComparison.of(partly, raters(Answer.NO, Answer.NO)).disagreement());
    assertEquals(Disagreement.NONE, RecordComparison.of(RECORDS_NO, List.of()).disagreement());
  }

  @Test
  void bothSidesAreKeptAsTheyWere() {
    List<ItemResponse> said = raters(Answer.YES, Answer.YES);
    RecordComparison c = RecordComparison.of(RECORDS_NO, said);
    assertEquals(RECORDS_NO, c.recordAnswer());
    assertEquals(said, c.raterResponses());
    assertEquals("notice-given", c.itemId());
    Map<Answer, Integer> counts = c.raterCounts();
    assertEquals(2, counts.get(Answer.YES));
    assertEquals(0, counts.get(Answer.NO));
  }

  @Test
  void aRaterResponseToAnotherItemIsRejectedWithItsPath() {
    List<ItemResponse> mixed =
        List.of(
            ItemResponse.of("notice-given", Answer.YES),
            ItemResponse.of("venue-access", Answer.NO));
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RecordComparison.of(RECORDS_NO, mixed));
    assertEquals(
        "raterResponses[1].itemId: answers item 'venue-access', but the records answer"
            + " 'notice-given'",
        e.getMessage());
  }

  @Test
  void fromResponseSetsTakesEachRatersAnswerToTheItem() {
    ResponseSet carer =
        set(
            "rs-1",
            "1.0",
            "day-centre",
            ItemResponse.of("venue-access", Answer.NO),
            ItemResponse.of("notice-given", Answer.YES));
    ResponseSet staff =
        set("rs-2", "1.0", "day-centre", ItemResponse.of("venue-access", Answer.YES));
    ResponseSet manager =
        set("rs-3", "1.0", "day-centre", ItemResponse.of("notice-given", Answer.YES));
    RecordComparison c = RecordComparison.from(RECORDS_NO, List.of(carer, staff, manager));
    assertEquals(raters(Answer.YES, Answer.YES), c.raterResponses());
    assertEquals(Disagreement.RECORDS_NO_RATERS_YES, c.disagreement());
  }

  @Test
  void compareAllKeepsTheOrderOfTheRecordAnswers() {
    RecordAnswer venue = RecordAnswer.builder().itemId("venue-access").answer(Answer.YES).build();
    ResponseSet carer =
        set("rs-1", "1.0", "day-centre", ItemResponse.of("venue-access", Answer.NO));
    List<RecordComparison> all =
        RecordComparison.compareAll(List.of(venue, RECORDS_NO), List.of(carer));
    assertEquals(
        List.of("venue-access", "notice-given"), List.of(all.get(0).itemId(), all.get(1).itemId()));
    assertEquals(Disagreement.RECORDS_YES_RATERS_NO, all.get(0).disagreement());
    assertEquals(List.of(), all.get(1).raterResponses());
  }

  @Test
  void responseSetsToAnotherChecklistVersionAreRejectedWithTheirPath() {
    ResponseSet a = set("rs-1", "1.0", "day-centre", ItemResponse.of("notice-given", Answer.YES));
    ResponseSet b = set("rs-2", "2.0", "day-centre", ItemResponse.of("notice-given", Answer.YES));
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> RecordComparison.from(RECORDS_NO, List.of(a, b)));
    assertEquals(
        "responseSets[1].checklist: answers checklist coproduction-police 2.0 but responseSets[0]"
            + " answers coproduction-police 1.0; compare one checklist version at a time",
        e.getMessage());
  }

  @Test
  void responseSetsAboutAnotherInitiativeAreRejectedWithTheirPath() {
    ResponseSet a = set("rs-1", "1.0", "day-centre", ItemResponse.of("notice-given", Answer.YES));
    ResponseSet b = set("rs-2", "1.0", "youth-club", ItemResponse.of("notice-given", Answer.YES));
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> RecordComparison.from(RECORDS_NO, List.of(a, b)));
    assertEquals(
        "responseSets[1].initiativeId: is about initiative 'youth-club' but responseSets[0] is"
            + " about 'day-centre'",
        e.getMessage());
  }
}
