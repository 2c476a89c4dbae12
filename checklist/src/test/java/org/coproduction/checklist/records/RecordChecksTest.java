package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.FailureModeTest.decision;
import static org.coproduction.checklist.records.FailureModeTest.group;
import static org.coproduction.checklist.records.FailureModeTest.meetingEvidence;
import static org.coproduction.checklist.records.FailureModeTest.stage;
import static org.coproduction.checklist.records.FailureModeTest.suggestionEvidence;
import static org.coproduction.checklist.records.RecordFixtures.START;
import static org.coproduction.checklist.records.RecordFixtures.edit;
import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.coproduction.checklist.records.RecordFixtures.meeting;
import static org.coproduction.checklist.records.RecordFixtures.meetings;
import static org.coproduction.checklist.records.RecordFixtures.participant;
import static org.coproduction.checklist.records.RecordFixtures.stages;
import static org.coproduction.checklist.records.RecordFixtures.suggestion;
import static org.coproduction.checklist.records.RecordFixtures.suggestions;
import static org.coproduction.checklist.records.RecordFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistDerivation;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

class RecordChecksTest {
  private static final RecordCheckSettings DEFAULTS = RecordCheckSettings.defaults();
  private static final List<String> EVERYONE = List.of("u1", "c1", "pub1", "mgr1", "st1");

  private static RecordAnswer answer(String itemId, Initiative i) {
    return answer(itemId, i, DEFAULTS);
  }

  private static RecordAnswer answer(String itemId, Initiative i, RecordCheckSettings s) {
    return RecordChecks.answerItem(itemId, i, s).orElseThrow();
  }

  // The entry points

  @Test
  void theEightItemsComeInTheBuiltInChecklistsOrder() {
    List<String> builtIn =
        BuiltInChecklist.get().items().stream()
            .filter(ChecklistItem::recordBased)
            .map(ChecklistItem::id)
            .collect(Collectors.toList());
    assertEquals(builtIn, RecordChecks.ITEM_IDS);
    assertEquals(
        RecordChecks.ITEM_IDS,
        RecordChecks.answer(good(), DEFAULTS).stream()
            .map(RecordAnswer::itemId)
            .collect(Collectors.toList()));
    assertEquals(RecordChecks.answer(good(), DEFAULTS), RecordChecks.answer(good()));
  }

  @Test
  void aDerivedChecklistGetsAnswersForTheRecordBasedItemsItKept() {
    Checklist ours =
        ChecklistDerivation.from(BuiltInChecklist.get())
            .drop("venue-access")
            .drop("notice-given")
            .derive("ours", "1", "Our checklist");
    List<RecordAnswer> answers = RecordChecks.answer(good(), DEFAULTS, ours);
    assertEquals(
        List.of(
            "involved-from-start",
            "new-ideas-welcome",
            "ideas-shape-result",
            "outcomes-fed-back",
            "expenses-and-fees",
            "convenient-times",
            "all-groups-invited",
            "comments-recorded",
            "refreshments-and-breaks"),
        answers.stream().map(RecordAnswer::itemId).collect(Collectors.toList()));
  }

  @Test
  void anItemTheRecordsCannotAnswerHasNoRecordAnswer() {
    assertEquals(
        Optional.empty(), RecordChecks.answerItem("leaders-back-coproduction", good(), DEFAULTS));
  }

  @Test
  void recordsWithNothingToCheckAnswerNotApplicableToEveryItemAndNeverYes() {
    Initiative empty =
        edit(
            good(),
            b ->
                b.meetings(List.of())
                    .suggestions(List.of())
                    .decisions(List.of())
                    .stages(List.of()));
    for (RecordAnswer a : RecordChecks.answer(empty, DEFAULTS)) {
      assertEquals(Answer.NOT_APPLICABLE, a.answer(), a.itemId());
      assertEquals(List.of(), a.evidence(), a.itemId());
    }
  }

  // notice-given

  @Test
  void oneMeetingOfTwoWithShortNoticeIsPartlyAndNamesThatMeeting() {
    RecordAnswer a = answer("notice-given", meeting(good(), "m2", m -> m.noticeDays(1)));
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(meetingEvidence("m2", "1 day's notice; at least 14 needed")), a.evidence());
  }

  @Test
  void withAPartlyShareOfOneAnyShortfallIsNo() {
    Initiative oneShort = meeting(good(), "m2", m -> m.noticeDays(0));
    RecordAnswer a = answer("notice-given", oneShort, DEFAULTS.withPartlyShare(1));
    assertEquals(Answer.NO, a.answer());
    assertEquals(
        List.of(meetingEvidence("m2", "0 days' notice; at least 14 needed")), a.evidence());
  }

  @Test
  void aLongerNoticeThresholdTurnsTwoWeeksIntoAShortfall() {
    Initiative twoWeeks = meetings(good(), m -> m.noticeDays(14));
    assertEquals(Answer.YES, answer("notice-given", twoWeeks).answer());
    RecordAnswer a = answer("notice-given", twoWeeks, DEFAULTS.withMinimumNoticeDays(21));
    assertEquals(Answer.NO, a.answer());
    assertEquals(
        List.of(
            meetingEvidence("m1", "14 days' notice; at least 21 needed"),
            meetingEvidence("m2", "14 days' notice; at least 21 needed")),
        a.evidence());
  }

  @Test
  void tenDaysNoticeIsEnoughAtASevenDayStandardButNotAtTheDefaultTwoWeeks() {
    Initiative tenDays = meeting(good(), "m2", m -> m.noticeDays(10));
    RecordAnswer atSevenDays = answer("notice-given", tenDays, DEFAULTS.withMinimumNoticeDays(7));
    assertEquals(Answer.YES, atSevenDays.answer());
    assertEquals(List.of(), atSevenDays.evidence());
    RecordAnswer atTheDefault = answer("notice-given", tenDays);
    assertEquals(Answer.PARTLY, atTheDefault.answer());
    assertEquals(
        List.of(meetingEvidence("m2", "10 days' notice; at least 14 needed")),
        atTheDefault.evidence());
  }

  // expenses-and-fees

  @Test
  void missingExpensesAreNamedOnTheirOwnWhenAFeeWasOffered() {
    RecordAnswer a =
        answer("expenses-and-fees", meeting(good(), "m1", m -> m.expensesOffered(false)));
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(List.of(meetingEvidence("m1", "expenses were not offered")), a.evidence());
  }

  @Test
  void noFeeIsOwedWhenNoOneInTheRoomIsThereAsPartOfAPaidJob() {
    Initiative unpaidRoom =
        meetings(good(), m -> m.feesOffered(false).attended(List.of("u1", "c1", "pub1")));
    assertEquals(Answer.YES, answer("expenses-and-fees", unpaidRoom).answer());
  }

  @Test
  void noFeeIsOwedWhenOnlyPaidStaffCome() {
    Initiative staffOnly =
        meetings(good(), m -> m.feesOffered(false).attended(List.of("mgr1", "st1")));
    assertEquals(Answer.YES, answer("expenses-and-fees", staffOnly).answer());
  }

  @Test
  void aFeeIsOwedWhenACarerSitsWithPaidStaff() {
    Initiative carerAndStaff =
        meetings(good(), m -> m.feesOffered(false).attended(List.of("c1", "st1")));
    RecordAnswer a = answer("expenses-and-fees", carerAndStaff);
    assertEquals(Answer.NO, a.answer());
    assertEquals(2, a.evidence().size());
  }

  // convenient-times

  @Test
  void anInviteeWhoStatedNoTimesDoesNotCountAgainstAMeeting() {
    // 09:30 suits the carer (09:00 to 16:00) but not u1 (10:00 to 15:00).
    Initiative early = meetings(good(), m -> m.start(LocalTime.of(9, 30)));
    assertEquals(Answer.NO, answer("convenient-times", early).answer());
    assertEquals(
        "1 of 2 invitees who said when they can come could not come at this time",
        answer("convenient-times", early).evidence().get(0).finding());
    Initiative u1StatesNothing = participant(early, "u1", p -> p.availability(List.of()));
    assertEquals(Answer.YES, answer("convenient-times", u1StatesNothing).answer());
  }

  @Test
  void whenNoInviteeSaidWhenTheyCanComeTheTimesAreUnknown() {
    Initiative nobodySaid =
        participant(
            participant(good(), "u1", p -> p.availability(List.of())),
            "c1",
            p -> p.availability(List.of()));
    RecordAnswer a = answer("convenient-times", nobodySaid);
    assertEquals(Answer.DONT_KNOW, a.answer());
    assertEquals(List.of(), a.evidence());
  }

  // venue-access

  @Test
  void unmetNeedsAreCountedWithoutNamingTheNeedOrThePerson() {
    Initiative noRamp = meeting(good(), "m1", m -> m.venueMeets(List.of(AccessNeed.HEARING_LOOP)));
    RecordAnswer a = answer("venue-access", noRamp);
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(meetingEvidence("m1", "1 attendee's access needs were not met")), a.evidence());
    String finding = a.evidence().get(0).finding();
    assertFalse(finding.contains("u1"));
    assertFalse(finding.toLowerCase(Locale.ROOT).contains("step"));
  }

  @Test
  void theVenueIsJudgedForThoseWhoStayedAwayToo() {
    // The venue shut u1 out, and u1 stayed away: judging only those who came would say yes.
    Initiative u1Away =
        meetings(
            good(),
            m -> m.venueMeets(List.of(AccessNeed.HEARING_LOOP)).attended(without(EVERYONE, "u1")));
    RecordAnswer a = answer("venue-access", u1Away);
    assertEquals(Answer.NO, a.answer());
    String finding = "1 person invited who stayed away had access needs the venue did not meet";
    assertEquals(
        List.of(meetingEvidence("m1", finding), meetingEvidence("m2", finding)), a.evidence());
  }

  @Test
  void withNoAttendanceRecordedTheVenueIsJudgedForThoseInvited() {
    Initiative noAttendance = meetings(good(), m -> m.attended(List.of()));
    assertEquals(Answer.YES, answer("venue-access", noAttendance).answer());
  }

  @Test
  void withNoOneRecordedAsInvitedOrAttendingTheVenueIsUnknown() {
    Initiative nobody = meetings(good(), m -> m.attended(List.of()).invited(List.of()));
    assertEquals(Answer.DONT_KNOW, answer("venue-access", nobody).answer());
  }

  // all-groups-invited

  @Test
  void everyGroupInvitedButOneThatNeverCameIsPartly() {
    Initiative publicAway = meetings(good(), m -> m.attended(without(EVERYONE, "pub1")));
    RecordAnswer a = answer("all-groups-invited", publicAway);
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(
            group(
                "MEMBERS_OF_THE_PUBLIC",
                "invited, but no one from this group came to any of the 2 meetings")),
        a.evidence());
  }

  @Test
  void aGroupThatCameToOneMeetingIsPresent() {
    Initiative publicOnce = meeting(good(), "m2", m -> m.attended(without(EVERYONE, "pub1")));
    assertEquals(Answer.YES, answer("all-groups-invited", publicOnce).answer());
  }

  @Test
  void aGroupThatCameWithoutARecordedInvitationCountsAsInvited() {
    Initiative walkIn = meetings(good(), m -> m.invited(without(EVERYONE, "pub1")));
    assertEquals(Answer.YES, answer("all-groups-invited", walkIn).answer());
  }

  @Test
  void withNoOneRecordedAsInvitedOrPresentTheGroupsAreUnknown() {
    Initiative blank = meetings(good(), m -> m.invited(List.of()).attended(List.of()));
    assertEquals(Answer.DONT_KNOW, answer("all-groups-invited", blank).answer());
  }

  // comments-recorded

  @Test
  void aMeetingWithoutMinutesIsNamedAndTheWorsePartDecides() {
    RecordAnswer partly =
        answer("comments-recorded", meeting(good(), "m2", m -> m.minutesKept(false)));
    assertEquals(Answer.PARTLY, partly.answer());
    assertEquals(List.of(meetingEvidence("m2", "no minutes were kept")), partly.evidence());

    Initiative noMinutesButEverySuggestionRecorded = meetings(good(), m -> m.minutesKept(false));
    assertEquals(
        Answer.NO, answer("comments-recorded", noMinutesButEverySuggestionRecorded).answer());
  }

  @Test
  void withNoSuggestionsOnlyTheMinutesCount() {
    Initiative noSuggestions = edit(good(), b -> b.suggestions(List.of()));
    assertEquals(Answer.YES, answer("comments-recorded", noSuggestions).answer());
  }

  // outcomes-fed-back

  @Test
  void suggestionsPendingWithinTheLimitAreNotHeldAgainstIt() {
    Initiative pending = suggestions(good(), s -> s.outcome(Outcome.PENDING).fedBack(false));
    RecordAnswer a = answer("outcomes-fed-back", pending);
    assertEquals(Answer.YES, a.answer());
    assertEquals(List.of(), a.evidence());
  }

  @Test
  void aSuggestionPendingLongerThanTheLimitIsNamedWithHowLongItWaited() {
    Initiative pending =
        suggestion(
            edit(
                good(),
                b -> b.addMeetings(RecordFixtures.meeting("m3", START.plusDays(301), EVERYONE))),
            "s1",
            s -> s.outcome(Outcome.PENDING).fedBack(false));
    RecordAnswer a = answer("outcomes-fed-back", pending);
    assertEquals(Answer.NO, a.answer());
    assertEquals(
        List.of(
            suggestionEvidence(
                "s1",
                "still pending 300 days after it was raised, on 2024-11-04; at most 182 allowed")),
        a.evidence());
    RecordAnswer patient =
        RecordChecks.answerItem("outcomes-fed-back", pending, DEFAULTS.withLongestPendingDays(300))
            .orElseThrow();
    assertEquals(Answer.YES, patient.answer());
  }

  // involved-from-start

  @Test
  void usersWhoNeverJoinedTheFirstStageMakeItNo() {
    Initiative never = stages(good(), p -> p.usersAndCarersJoined(Optional.empty()));
    RecordAnswer a = answer("involved-from-start", never);
    assertEquals(Answer.NO, a.answer());
    assertEquals(
        List.of(
            stage(
                "CO_DESIGN",
                "the first stage started on 2024-01-08 and people who use services and carers"
                    + " never joined it")),
        a.evidence());
  }

  @Test
  void aDecisionTakenBeforeUsersJoinedItsStageIsNamed() {
    Initiative early =
        edit(
            good(),
            b ->
                b.addDecisions(
                    Decision.builder()
                        .id("d0")
                        .what("Close the Wednesday session")
                        .decidedOn(START.minusDays(10))
                        .stage(Stage.CO_DESIGN)
                        .addDecidedBy("mgr1")
                        .settledBeforeUsersInvolved(false)
                        .build()));
    RecordAnswer a = answer("involved-from-start", early);
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(
            decision(
                "d0",
                "decided on 2023-12-29, before people who use services and carers joined on"
                    + " 2024-01-08")),
        a.evidence());
  }

  @Test
  void theFirstStageIsTheOneThatStartedEarliest() {
    Initiative evaluationFirst =
        edit(
            good(),
            b ->
                b.addStages(
                    StagePlan.builder()
                        .stage(Stage.CO_EVALUATION)
                        .declaredRung(LadderRung.CO_PRODUCTION)
                        .started(START.minusDays(30))
                        .usersAndCarersJoined(START)
                        .build()));
    RecordAnswer a = answer("involved-from-start", evaluationFirst);
    assertEquals(Answer.NO, a.answer());
    assertEquals(
        List.of(
            stage(
                "CO_EVALUATION",
                "the first stage started on 2023-12-09 but people who use services and carers"
                    + " joined only on 2024-01-08, 30 days later")),
        a.evidence());
  }

  @Test
  void withNoStagePlansTheFirstMeetingAndTheDecisionsAreJudged() {
    Initiative noPlans = edit(good(), b -> b.stages(List.of()));
    assertEquals(Answer.YES, answer("involved-from-start", noPlans).answer());
    Initiative staffFirst =
        meeting(noPlans, "m1", m -> m.invited(List.of("mgr1", "st1")).attended(List.of("st1")));
    assertEquals(Answer.NO, answer("involved-from-start", staffFirst).answer());
  }
}
