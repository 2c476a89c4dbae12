package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordFixtures.START;
import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.coproduction.checklist.records.RecordFixtures.meeting;
import static org.coproduction.checklist.records.RecordFixtures.meetings;
import static org.coproduction.checklist.records.RecordFixtures.stages;
import static org.coproduction.checklist.records.RecordFixtures.suggestion;
import static org.coproduction.checklist.records.RecordFixtures.suggestions;
import static org.coproduction.checklist.records.RecordFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FailureMode;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.core.people.AccessNeed;
import org.junit.jupiter.api.Test;

/**
 * The ten failures of "The Co-production Police and accountability" (Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016): a record with the failure makes the checks that catch
 * it answer {@code NO}, naming where; the same record with the failure repaired answers {@code
 * YES}.
 */
class FailureModeTest {
  private static final RecordCheckSettings DEFAULTS = RecordCheckSettings.defaults();
  private static final List<String> EVERYONE = List.of("u1", "c1", "pub1", "mgr1", "st1");

  @Test
  void theGoodRecordAnswersYesToEveryRecordBasedItem() {
    for (RecordAnswer a : RecordChecks.answer(good(), DEFAULTS)) {
      // No meeting of the good record runs over a mealtime, so there is no lunch to judge.
      assertEquals(
          a.itemId().equals(RecordChecks.REFRESHMENTS_AND_BREAKS)
              ? Answer.NOT_APPLICABLE
              : Answer.YES,
          a.answer(),
          a.itemId());
      assertEquals(List.of(), a.evidence(), a.itemId());
    }
  }

  @Test
  void everyFailureIsCaughtByARecordCheckAndEveryCheckCatchesAFailure() {
    Set<String> catching = new TreeSet<>();
    for (FailureMode f : FailureMode.values()) {
      List<String> items = RecordChecks.itemsThatCatch(f);
      assertFalse(items.isEmpty(), f.name());
      catching.addAll(items);
    }
    assertEquals(new TreeSet<>(RecordChecks.ITEM_IDS), catching);
  }

  @Test
  void eachRecordBasedItemIsCaughtForTheFailureTheChecklistNamesForIt() {
    for (ChecklistItem item : BuiltInChecklist.get().items()) {
      if (item.recordBased()) {
        FailureMode f = item.failureMode().orElseThrow();
        assertTrue(RecordChecks.itemsThatCatch(f).contains(item.id()), item.id() + " " + f);
      }
    }
  }

  @Test
  void involvedOnlyAtTheEnd() {
    Initiative failing =
        meeting(
            stages(good(), p -> p.usersAndCarersJoined(START.plusDays(60))),
            "m1",
            m -> m.invited(without(EVERYONE, "u1", "c1")).attended(without(EVERYONE, "u1", "c1")));
    Initiative repaired =
        meeting(
            stages(failing, p -> p.usersAndCarersJoined(START)),
            "m1",
            m -> m.invited(EVERYONE).attended(EVERYONE));
    assertCaught(
        FailureMode.INVOLVED_ONLY_AT_THE_END,
        failing,
        repaired,
        Map.of(
            RecordChecks.INVOLVED_FROM_START,
            List.of(
                stage(
                    "CO_DESIGN",
                    "the first stage started on 2024-01-08 but people who use services and carers"
                        + " joined only on 2024-03-08, 60 days later"),
                meetingEvidence(
                    "m1",
                    "no one who uses services or is a carer is recorded as invited to or at the"
                        + " first meeting"),
                decision(
                    "d1",
                    "decided on 2024-02-06, before people who use services and carers joined on"
                        + " 2024-03-08"))));
  }

  @Test
  void solutionDecidedInAdvance() {
    Initiative failing = RecordFixtures.decisions(good(), d -> d.settledBeforeUsersInvolved(true));
    Initiative repaired =
        RecordFixtures.decisions(failing, d -> d.settledBeforeUsersInvolved(false));
    assertCaught(
        FailureMode.SOLUTION_DECIDED_IN_ADVANCE,
        failing,
        repaired,
        Map.of(
            RecordChecks.INVOLVED_FROM_START,
            List.of(
                decision(
                    "d1",
                    "recorded as settled before people who use services and carers were"
                        + " involved"))));
  }

  @Test
  void suggestionsRejectedForNotFittingTheCurrentModel() {
    // The records see the kind of reason recorded, and a rejection with no reason given.
    Initiative failing =
        suggestions(
            good(),
            s ->
                s.outcome(Outcome.REJECTED)
                    .reason(Optional.empty())
                    .reasonKind(OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL));
    Initiative repaired =
        suggestions(
            failing,
            s ->
                s.reason("It costs more than this year's budget; we will look again")
                    .reasonKind(OutcomeReason.NOT_WITHIN_BUDGET));
    String notFitting = "turned down because it does not fit the current model or way of working";
    assertCaught(
        FailureMode.SUGGESTIONS_REJECTED_FOR_NOT_FITTING,
        failing,
        repaired,
        Map.of(
            RecordChecks.NEW_IDEAS_WELCOME,
            List.of(suggestionEvidence("s1", notFitting), suggestionEvidence("s2", notFitting)),
            RecordChecks.OUTCOMES_FED_BACK,
            List.of(
                suggestionEvidence("s1", "rejected with no reason given"),
                suggestionEvidence("s2", "rejected with no reason given"))));
  }

  @Test
  void listenedToButNothingAppearsInTheFinalService() {
    Initiative failing =
        suggestions(
            good(),
            s ->
                s.outcome(Outcome.REJECTED).reason(Optional.empty()).fedBack(false).recorded(true));
    Initiative repaired =
        suggestion(
            suggestion(failing, "s1", s -> s.outcome(Outcome.ADOPTED).fedBack(true)),
            "s2",
            s -> s.outcome(Outcome.ADAPTED).fedBack(true));
    String none = "not taken up (no kind of reason recorded)";
    assertCaught(
        FailureMode.LISTENED_TO_BUT_NOT_IN_THE_RESULT,
        failing,
        repaired,
        Map.of(
            RecordChecks.IDEAS_SHAPE_RESULT,
            List.of(suggestionEvidence("s1", none), suggestionEvidence("s2", none))));
  }

  @Test
  void consultedAndNeverHeardOfAgain() {
    Initiative failing = suggestions(good(), s -> s.fedBack(false));
    Initiative repaired = suggestions(failing, s -> s.fedBack(true));
    assertCaught(
        FailureMode.NEVER_HEARD_OF_AGAIN,
        failing,
        repaired,
        Map.of(
            RecordChecks.OUTCOMES_FED_BACK,
            List.of(
                suggestionEvidence(
                    "s1", "the outcome (adopted) was not fed back to the person who suggested it"),
                suggestionEvidence(
                    "s2",
                    "the outcome (rejected) was not fed back to the person who suggested it"))));
  }

  @Test
  void noTravelExpensesLetAloneAnAttendanceFee() {
    Initiative failing = meetings(good(), m -> m.expensesOffered(false).feesOffered(false));
    Initiative repaired = meetings(failing, m -> m.expensesOffered(true).feesOffered(true));
    String finding =
        "expenses were not offered; no fee was offered to people who use services or carers,"
            + " though others in the room were there as part of a paid job";
    assertCaught(
        FailureMode.NO_EXPENSES_OR_FEE,
        failing,
        repaired,
        Map.of(
            RecordChecks.EXPENSES_AND_FEES,
            List.of(meetingEvidence("m1", finding), meetingEvidence("m2", finding))));
  }

  @Test
  void twoDaysNoticeImpossibleTimesAndNoLunch() {
    // The records catch the notice, the times, and no food at a meeting over a mealtime.
    Initiative failing =
        meetings(
            good(),
            m ->
                m.noticeDays(2)
                    .start(LocalTime.of(18, 0))
                    .end(LocalTime.of(20, 0))
                    .refreshments(false));
    Initiative repaired =
        meetings(
            failing,
            m ->
                m.noticeDays(21)
                    .start(LocalTime.of(10, 30))
                    .end(LocalTime.of(13, 30))
                    .refreshments(true));
    String times = "2 of 2 invitees who said when they can come could not come at this time";
    String noFood = "ran from 18:00 to 20:00, over a mealtime, with no food or drink";
    assertCaught(
        FailureMode.POOR_NOTICE_AND_TIMING,
        failing,
        repaired,
        Map.of(
            RecordChecks.NOTICE_GIVEN,
            List.of(
                meetingEvidence("m1", "2 days' notice; at least 14 needed"),
                meetingEvidence("m2", "2 days' notice; at least 14 needed")),
            RecordChecks.CONVENIENT_TIMES,
            List.of(meetingEvidence("m1", times), meetingEvidence("m2", times)),
            RecordChecks.REFRESHMENTS_AND_BREAKS,
            List.of(meetingEvidence("m1", noFood), meetingEvidence("m2", noFood))));
  }

  @Test
  void noFoodAtMeetingsOutsideMealtimesIsNoFailure() {
    Initiative noLunch = meetings(good(), m -> m.refreshments(false));
    assertEquals(RecordChecks.answer(good(), DEFAULTS), RecordChecks.answer(noLunch, DEFAULTS));
  }

  @Test
  void venueIgnoresPhysicalAccessAndSensoryNeeds() {
    Initiative failing = meetings(good(), m -> m.venueMeets(EnumSet.noneOf(AccessNeed.class)));
    Initiative repaired =
        meetings(
            failing,
            m -> m.venueMeets(EnumSet.of(AccessNeed.STEP_FREE_ACCESS, AccessNeed.HEARING_LOOP)));
    assertCaught(
        FailureMode.VENUE_NOT_ACCESSIBLE,
        failing,
        repaired,
        Map.of(
            RecordChecks.VENUE_ACCESS,
            List.of(
                meetingEvidence("m1", "2 attendees' access needs were not met"),
                meetingEvidence("m2", "2 attendees' access needs were not met"))));
  }

  @Test
  void keyStakeholdersNotPresentOrNotEvenInvited() {
    // No one who uses services is invited; the manager is invited but never comes.
    Initiative failing =
        meetings(
            good(),
            m -> m.invited(without(EVERYONE, "u1")).attended(without(EVERYONE, "u1", "mgr1")));
    Initiative repaired = meetings(failing, m -> m.invited(EVERYONE).attended(EVERYONE));
    assertCaught(
        FailureMode.KEY_STAKEHOLDERS_MISSING,
        failing,
        repaired,
        Map.of(
            RecordChecks.ALL_GROUPS_INVITED,
            List.of(
                group(
                    "PEOPLE_WHO_USE_SERVICES",
                    "no one from this group was invited to any of the 2 meetings"),
                group(
                    "PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES",
                    "invited, but no one from this group came to any of the 2 meetings"))));
  }

  @Test
  void keyCommentsNotDocumented() {
    Initiative failing = suggestions(good(), s -> s.recorded(false));
    Initiative repaired = suggestions(failing, s -> s.recorded(true));
    assertCaught(
        FailureMode.COMMENTS_NOT_RECORDED,
        failing,
        repaired,
        Map.of(
            RecordChecks.COMMENTS_RECORDED,
            List.of(
                suggestionEvidence("s1", "not written into the minutes or other records"),
                suggestionEvidence("s2", "not written into the minutes or other records"))));
  }

  /**
   * Checks that the record with the failure answers {@code NO} with exactly the expected evidence
   * for each check that catches it, and that the repaired record answers {@code YES} to them.
   */
  private static void assertCaught(
      FailureMode failure,
      Initiative failing,
      Initiative repaired,
      Map<String, List<Evidence>> expected) {
    assertEquals(
        RecordChecks.itemsThatCatch(failure),
        new ArrayList<>(sortedByItemOrder(expected).keySet()),
        "the checks this test expects to catch " + failure);
    for (String itemId : RecordChecks.itemsThatCatch(failure)) {
      RecordAnswer broken = RecordChecks.answerItem(itemId, failing, DEFAULTS).orElseThrow();
      assertEquals(Answer.NO, broken.answer(), itemId);
      assertEquals(expected.get(itemId), broken.evidence(), itemId);
      RecordAnswer fixed = RecordChecks.answerItem(itemId, repaired, DEFAULTS).orElseThrow();
      assertEquals(Answer.YES, fixed.answer(), itemId);
      assertEquals(List.of(), fixed.evidence(), itemId);
    }
  }

  private static Map<String, List<Evidence>> sortedByItemOrder(Map<String, List<Evidence>> m) {
    Map<String, List<Evidence>> sorted = new LinkedHashMap<>();
    for (String id : RecordChecks.ITEM_IDS) {
      if (m.containsKey(id)) {
        sorted.put(id, m.get(id));
      }
    }
    return sorted;
  }

  static Evidence meetingEvidence(String ref, String finding) {
    return of(Evidence.Kind.MEETING, ref, finding);
  }

  static Evidence suggestionEvidence(String ref, String finding) {
    return of(Evidence.Kind.SUGGESTION, ref, finding);
  }

  static Evidence decision(String ref, String finding) {
    return of(Evidence.Kind.DECISION, ref, finding);
  }

  static Evidence stage(String ref, String finding) {
    return of(Evidence.Kind.STAGE, ref, finding);
  }

  static Evidence group(String ref, String finding) {
    return of(Evidence.Kind.INTEREST_GROUP, ref, finding);
  }

  static Evidence of(Evidence.Kind kind, String ref, String finding) {
    return Evidence.builder().kind(kind).ref(ref).finding(finding).build();
  }
}
