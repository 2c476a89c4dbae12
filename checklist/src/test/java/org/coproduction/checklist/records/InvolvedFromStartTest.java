package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordFixtures.START;
import static org.coproduction.checklist.records.RecordFixtures.edit;
import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.coproduction.checklist.records.RecordFixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.junit.jupiter.api.Test;

/**
 * Each of the three kinds of record that "involved from the start" looks at is enough on its own
 * for an answer, and a decision of no stage is held against the earliest day anyone joined.
 */
class InvolvedFromStartTest {

  private static RecordAnswer involvedFromStart(Initiative i) {
    return RecordChecks.involvedFromStart(i, RecordCheckSettings.defaults());
  }

  /** The good initiative with its meetings (and the suggestions raised at them) taken out. */
  private static Initiative withoutMeetings(Initiative i) {
    return edit(i, b -> b.meetings(List.of()).suggestions(List.of()));
  }

  @Test
  void aFirstStageTheyJoinedOnItsFirstDayIsEnoughForYes() {
    Initiative stageOnly = withoutMeetings(edit(good(), b -> b.decisions(List.of())));
    RecordAnswer a = involvedFromStart(stageOnly);
    assertEquals(Answer.YES, a.answer());
    assertEquals(List.of(), a.evidence());
  }

  @Test
  void aFirstMeetingWithThemIsEnoughForYes() {
    Initiative meetingsOnly = edit(good(), b -> b.stages(List.of()).decisions(List.of()));
    assertEquals(Answer.YES, involvedFromStart(meetingsOnly).answer());
  }

  @Test
  void beingInvitedToTheFirstMeetingCountsEvenIfTheyCouldNotCome() {
    Initiative invitedOnly =
        meeting(
            edit(good(), b -> b.stages(List.of()).decisions(List.of())),
            "m1",
            m -> m.attended(List.of("mgr1", "st1")));
    assertEquals(Answer.YES, involvedFromStart(invitedOnly).answer());
  }

  @Test
  void beingAtTheFirstMeetingCountsEvenWithoutAnInvitation() {
    Initiative cameAnyway =
        meeting(
            edit(good(), b -> b.stages(List.of()).decisions(List.of())),
            "m1",
            m -> m.invited(List.of("mgr1", "st1")).attended(List.of("u1", "mgr1", "st1")));
    assertEquals(Answer.YES, involvedFromStart(cameAnyway).answer());
  }

  @Test
  void aDecisionOfNoStageIsHeldAgainstTheEarliestDayAnyoneJoined() {
    Initiative early =
        edit(
            good(),
            b ->
                b.addDecisions(
                    Decision.builder()
                        .id("d0")
                        .what("Close the Wednesday session")
                        .decidedOn(START.minusDays(5))
                        .addDecidedBy("mgr1")
                        .settledBeforeUsersInvolved(false)
                        .build()));
    RecordAnswer a = involvedFromStart(early);
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(
            Evidence.builder()
                .kind(Evidence.Kind.DECISION)
                .ref("d0")
                .finding(
                    "decided on 2024-01-03, before people who use services and carers joined on"
                        + " 2024-01-08")
                .build()),
        a.evidence());
  }
}
