package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordFixtures.START;
import static org.coproduction.checklist.records.RecordFixtures.edit;
import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.initiative.RoundRecords;
import org.junit.jupiter.api.Test;

/** Records judged round by round: each round on its own records, by the rule on ReviewRound. */
class RoundRecordsTest {
  private static final List<String> EVERYONE = List.of("u1", "c1", "pub1", "mgr1", "st1");

  /** The good record, its two meetings in a first round, and a second round with a bad meeting. */
  private static Initiative twoRounds() {
    Meeting late =
        Meeting.builder()
            .from(RecordFixtures.meeting("m3", START.plusDays(60), EVERYONE))
            .noticeDays(2)
            .build();
    return edit(
        good(),
        b ->
            b.addMeetings(late)
                .addReviewRounds(
                    ReviewRound.builder().id("r1").label("First").date(START.plusDays(40)).build(),
                    ReviewRound.builder()
                        .id("r2")
                        .label("Second")
                        .date(START.plusDays(90))
                        .build()));
  }

  private static Answer notice(Initiative i, String round) {
    return RecordChecks.answerRound(
            i, round, RecordCheckSettings.defaults(), BuiltInChecklist.get())
        .stream()
        .filter(a -> a.itemId().equals(RecordChecks.NOTICE_GIVEN))
        .map(RecordAnswer::answer)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachRoundIsJudgedOnTheMeetingsSinceTheRoundBefore() {
    Initiative i = twoRounds();
    assertEquals(List.of("m1", "m2"), ids(RoundRecords.of(i, "r1")));
    assertEquals(List.of("m3"), ids(RoundRecords.of(i, "r2")));
    assertEquals(Answer.YES, notice(i, "r1"));
    assertEquals(Answer.NO, notice(i, "r2"));
  }

  @Test
  void aRoundThatNamesItsRecordsCoversExactlyThose() {
    Initiative i =
        edit(
            twoRounds(),
            b ->
                b.reviewRounds(
                    List.of(
                        ReviewRound.builder()
                            .id("r1")
                            .label("Only the second meeting")
                            .date(START.plusDays(40))
                            .addCoversMeetings("m2")
                            .build())));
    Initiative covered = RoundRecords.of(i, "r1");
    assertEquals(List.of("m2"), ids(covered));
    // The suggestions were made at m1, so they are not covered unless named.
    assertEquals(List.of(), covered.suggestions());
  }

  @Test
  void aRoundWithAPeriodCoversFromItsFirstDay() {
    Initiative i =
        edit(
            twoRounds(),
            b ->
                b.reviewRounds(
                    List.of(
                        ReviewRound.builder()
                            .id("r1")
                            .label("From the second meeting")
                            .date(START.plusDays(90))
                            .coversFrom(START.plusDays(20))
                            .build())));
    assertEquals(List.of("m2", "m3"), ids(RoundRecords.of(i, "r1")));
    assertEquals(START.plusDays(90), RoundRecords.asOf(i, "r1"));
  }

  @Test
  void theWholeHistoryIsJudgedOnTheDayOfTheLatestRecord() {
    assertEquals(Optional.of(START.plusDays(90)), RoundRecords.asOf(twoRounds()));
    assertEquals(
        Optional.of(START.plusDays(29)),
        RoundRecords.asOf(edit(good(), b -> b.reviewRounds(List.of()))));
  }

  @Test
  void anUnknownRoundIsRefusedByName() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> RoundRecords.of(good(), "r9"));
    assertEquals("reviewRoundId: no review round with id 'r9'", e.getMessage());
  }

  @Test
  void aRoundCannotNameAMeetingThatDoesNotExist() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                edit(
                    good(),
                    b ->
                        b.addReviewRounds(
                            ReviewRound.builder()
                                .id("r1")
                                .label("First")
                                .date(START)
                                .addCoversMeetings("m9")
                                .build())));
    assertEquals("reviewRounds[0].coversMeetings[0]: no meeting with id 'm9'", e.getMessage());
  }

  private static List<String> ids(Initiative i) {
    return i.meetingsInDateOrder().stream().map(Meeting::id).toList();
  }
}
