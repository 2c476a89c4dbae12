package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

/** Each ladder rule on a small hand-built initiative, with the exact rung, evidence and words. */
class LaddersTest {
  static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
  static final LocalDate FEB_01 = LocalDate.of(2026, 2, 1);

  static Initiative.Builder base() {
    return Initiative.builder()
        .id("day-services")
        .name("Day services redesign")
        .purpose("Redesign day services together")
        .addParticipants(
            Participant.builder()
                .id("p1")
                .addRoles(Role.PERSON_WHO_USES_SERVICES)
                .interestGroup(InterestGroup.PEOPLE_WHO_USE_SERVICES)
                .livedExperience(true)
                .build(),
            Participant.builder()
                .id("p2")
                .addRoles(Role.MANAGER)
                .interestGroup(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
                .livedExperience(false)
                .build());
  }

  static StagePlan plan(
      Stage stage, LadderRung rung, Optional<LocalDate> started, Optional<LocalDate> joined) {
    StagePlan.Builder b =
        StagePlan.builder()
            .stage(stage)
            .declaredRung(rung)
            .started(started)
            .usersAndCarersJoined(joined);
    if (rung.needsReason()) {
      b.reasonForLowerRung("Budget decisions rest with the council by law");
    }
    return b.build();
  }

  static StagePlan coProduced(Stage stage) {
    return plan(stage, LadderRung.CO_PRODUCTION, Optional.of(JAN_10), Optional.of(JAN_10));
  }

  static Meeting meeting(String id, Stage stage, LocalDate date) {
    return Meeting.builder()
        .id(id)
        .stage(stage)
        .date(date)
        .noticeDays(14)
        .start(LocalTime.of(13, 0))
        .end(LocalTime.of(15, 0))
        .refreshments(true)
        .expensesOffered(true)
        .feesOffered(true)
        .addInvited("p1", "p2")
        .addAttended("p1", "p2")
        .minutesKept(true)
        .build();
  }

  static Suggestion suggestion(String id, String meetingId, Outcome outcome, boolean fedBack) {
    return Suggestion.builder()
        .id(id)
        .raisedBy("p1")
        .raisedOn(JAN_10)
        .meetingId(Optional.ofNullable(meetingId))
        .summary("Open on Saturdays")
        .outcome(outcome)
        .fedBack(fedBack)
        .recorded(true)
        .build();
  }

  static Decision decision(String id, Optional<Stage> stage, LocalDate on, boolean settled) {
    return Decision.builder()
        .id(id)
        .what("Close the Tuesday group")
        .decidedOn(on)
        .stage(stage)
        .addDecidedBy("p2")
        .settledBeforeUsersInvolved(settled)
        .build();
  }

  static StagePlacement only(Initiative initiative) {
    return only(initiative, LadderSettings.defaults());
  }

  static StagePlacement only(Initiative initiative, LadderSettings settings) {
    List<StagePlacement> stages = Ladders.assess(initiative, settings).stages();
    assertEquals(1, stages.size());
    return stages.get(0);
  }

  @Test
  void aStageWithNothingAgainstItKeepsItsDeclaredRung() {
    StagePlacement p = only(base().addStages(coProduced(Stage.CO_DESIGN)).build());
    assertEquals(LadderRung.CO_PRODUCTION, p.suggestedRung());
    assertEquals(List.of(), p.caps());
    assertEquals(List.of(), p.findings());
    assertEquals(0, p.rungsOverClaimed());
    assertEquals("Nothing in the records limits the declared rung, co-production.", p.summary());
  }

  @Test
  void usersAndCarersNeverJoiningAStartedStageCapsItAtInforming() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DELIVERY,
                        LadderRung.CO_PRODUCTION,
                        Optional.of(JAN_10),
                        Optional.empty()))
                .build());
    assertEquals(LadderRung.INFORMING, p.suggestedRung());
    assertEquals(4, p.rungsOverClaimed());
    assertEquals(
        List.of(LadderFinding.OVER_CLAIMED, LadderFinding.LOWER_RUNG_UNEXPLAINED), p.findings());
    LadderCap cap = p.caps().get(0);
    assertEquals(LadderRule.USERS_AND_CARERS_NEVER_JOINED, cap.rule());
    assertEquals(List.of(), cap.evidence());
    assertEquals(
        "People who use services and carers never joined this stage, so at most they were told"
            + " about it. Capped at informing.",
        cap.reason());
    assertEquals(
        "Declared co-production, but the records support at most informing, 4 rungs lower. No"
            + " reason is given for working below co-production.",
        p.summary());
  }

  @Test
  void aStageThatHasNotStartedIsNotCappedForNobodyJoiningIt() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_EVALUATION,
                        LadderRung.CO_PRODUCTION,
                        Optional.empty(),
                        Optional.empty()))
                .build());
    assertEquals(LadderRung.CO_PRODUCTION, p.suggestedRung());
    assertEquals(List.of(LadderFinding.NOT_YET_STARTED), p.findings());
    assertEquals(
        "Not started yet, so there is no evidence to check the declared rung, co-production,"
            + " against.",
        p.summary());
  }

  @Test
  void aMeetingOfTheStageMeansItHasStarted() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_EVALUATION,
                        LadderRung.CO_PRODUCTION,
                        Optional.empty(),
                        Optional.empty()))
                .addMeetings(meeting("m1", Stage.CO_EVALUATION, JAN_10))
                .build());
    assertEquals(LadderRung.INFORMING, p.suggestedRung());
  }

  @Test
  void aDecisionRecordedAsSettledBeforehandCapsItsStageAtConsultation() {
    StagePlacement p =
        only(
            base()
                .addStages(coProduced(Stage.CO_DESIGN))
                .addDecisions(decision("d1", Optional.of(Stage.CO_DESIGN), FEB_01, true))
                .build());
    assertEquals(LadderRung.CONSULTATION, p.suggestedRung());
    assertEquals(3, p.rungsOverClaimed());
    LadderCap cap = p.caps().get(0);
    assertEquals(LadderRule.DECISION_SETTLED_BEFORE_USERS_JOINED, cap.rule());
    assertEquals(List.of("d1"), cap.evidence());
    assertEquals(
        "Decision d1 was settled before people who use services and carers were involved, so they"
            + " could at most give views on it. Capped at consultation.",
        cap.reason());
  }

  @Test
  void aDecisionDatedBeforeUsersAndCarersJoinedCapsItsStage() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DESIGN,
                        LadderRung.CO_PRODUCTION,
                        Optional.of(FEB_01),
                        Optional.of(FEB_01)))
                .addDecisions(decision("d1", Optional.of(Stage.CO_DESIGN), JAN_10, false))
                .build());
    assertEquals(LadderRung.CONSULTATION, p.suggestedRung());
    assertEquals(
        "Decision d1 was taken on 2026-01-10, before people who use services and carers joined"
            + " this stage on 2026-02-01, so they could at most give views on it. Capped at"
            + " consultation.",
        p.caps().get(0).reason());
  }

  @Test
  void aDecisionTakenOnTheDayTheyJoinedOrOfAnotherStageDoesNotCap() {
    StagePlacement p =
        only(
            base()
                .addStages(coProduced(Stage.CO_DESIGN))
                .addDecisions(
                    decision("d1", Optional.of(Stage.CO_DESIGN), JAN_10, false),
                    decision("d2", Optional.of(Stage.CO_DELIVERY), JAN_10, true),
                    decision("d3", Optional.empty(), LocalDate.of(2025, 12, 1), false))
                .build());
    assertEquals(LadderRung.CO_PRODUCTION, p.suggestedRung());
    assertEquals(List.of(), p.caps());
  }

  @Test
  void aSettledDecisionOfNoOneStageCapsEveryStage() {
    LadderAssessment a =
        Ladders.assess(
            base()
                .addStages(coProduced(Stage.CO_DESIGN), coProduced(Stage.CO_EVALUATION))
                .addDecisions(decision("d9", Optional.empty(), JAN_10, true))
                .build());
    assertEquals(List.of(Stage.CO_DESIGN, Stage.CO_EVALUATION), a.overClaimedStages());
    for (StagePlacement p : a.stages()) {
      assertEquals(LadderRung.CONSULTATION, p.suggestedRung());
      assertEquals(
          "Decision d9, which concerns the whole initiative, was settled before people who use"
              + " services and carers were involved, so they could at most give views on it."
              + " Capped at consultation.",
          p.caps().get(0).reason());
    }
    assertEquals(List.of(Stage.CO_DECISION_ON_RESOURCES, Stage.CO_DELIVERY), a.undeclaredStages());
  }

  @Test
  void decidedSuggestionsNeverFedBackCapTheirStageAtEngagement() {
    StagePlacement p =
        only(
            base()
                .addStages(coProduced(Stage.CO_DESIGN))
                .addMeetings(
                    meeting("m1", Stage.CO_DESIGN, JAN_10),
                    meeting("m2", Stage.CO_DELIVERY, JAN_10))
                .addSuggestions(
                    suggestion("s2", "m1", Outcome.REJECTED, false),
                    suggestion("s1", "m1", Outcome.ADOPTED, false),
                    suggestion("s3", "m1", Outcome.PENDING, false),
                    suggestion("s4", "m1", Outcome.ADAPTED, true),
                    suggestion("s5", "m2", Outcome.REJECTED, false),
                    suggestion("s6", null, Outcome.REJECTED, false))
                .build());
    assertEquals(LadderRung.ENGAGEMENT, p.suggestedRung());
    LadderCap cap = p.caps().get(0);
    assertEquals(LadderRule.SUGGESTIONS_NOT_FED_BACK, cap.rule());
    assertEquals(List.of("s1", "s2"), cap.evidence());
    assertEquals(
        "Suggestions s1 and s2 were decided but the outcome was never fed back to the person who"
            + " made them, so people were listened to without sharing power. Capped at"
            + " engagement.",
        cap.reason());
  }

  @Test
  void joiningAfterTheStageStartedCapsItAtCoDesignByDefault() {
    Initiative late =
        base()
            .addStages(
                plan(
                    Stage.CO_DELIVERY,
                    LadderRung.CO_PRODUCTION,
                    Optional.of(JAN_10),
                    Optional.of(FEB_01)))
            .build();
    StagePlacement p = only(late);
    assertEquals(LadderRung.CO_DESIGN, p.suggestedRung());
    assertEquals(
        "People who use services and carers joined this stage on 2026-02-01, after it started on"
            + " 2026-01-10, so part of the work was done without them. Capped at co-design.",
        p.caps().get(0).reason());
    assertEquals(
        LadderRung.ENGAGEMENT,
        only(late, LadderSettings.of(LadderRung.ENGAGEMENT)).suggestedRung());
  }

  @Test
  void aFirstMeetingBeforeTheJoinDateCountsAsTheStart() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DELIVERY,
                        LadderRung.CO_PRODUCTION,
                        Optional.empty(),
                        Optional.of(FEB_01)))
                .addMeetings(
                    meeting("m2", Stage.CO_DELIVERY, LocalDate.of(2026, 3, 1)),
                    meeting("m1", Stage.CO_DELIVERY, JAN_10))
                .build());
    assertEquals(LadderRule.JOINED_AFTER_STAGE_STARTED, p.caps().get(0).rule());
    assertEquals(
        "People who use services and carers joined this stage on 2026-02-01, after it started on"
            + " 2026-01-10 (its first meeting), so part of the work was done without them. Capped"
            + " at co-design.",
        p.caps().get(0).reason());
  }

  @Test
  void theLowestCapWinsAndCapsAreListedLowestFirst() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DESIGN,
                        LadderRung.CO_PRODUCTION,
                        Optional.of(JAN_10),
                        Optional.of(FEB_01)))
                .addMeetings(meeting("m1", Stage.CO_DESIGN, FEB_01))
                .addSuggestions(suggestion("s1", "m1", Outcome.REJECTED, false))
                .addDecisions(
                    decision("d2", Optional.of(Stage.CO_DESIGN), FEB_01, true),
                    decision("d1", Optional.of(Stage.CO_DESIGN), JAN_10, false))
                .build());
    assertEquals(LadderRung.CONSULTATION, p.suggestedRung());
    assertEquals(
        List.of(
            LadderRule.DECISION_SETTLED_BEFORE_USERS_JOINED,
            LadderRule.DECISION_SETTLED_BEFORE_USERS_JOINED,
            LadderRule.SUGGESTIONS_NOT_FED_BACK,
            LadderRule.JOINED_AFTER_STAGE_STARTED),
        p.caps().stream().map(LadderCap::rule).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of("d1"), p.caps().get(0).evidence());
    assertEquals(List.of("d2"), p.caps().get(1).evidence());
  }

  @Test
  void aDeclaredRungAlreadyBelowEveryCapIsNotOverClaimed() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DESIGN,
                        LadderRung.CONSULTATION,
                        Optional.of(JAN_10),
                        Optional.of(JAN_10)))
                .addMeetings(meeting("m1", Stage.CO_DESIGN, JAN_10))
                .addSuggestions(suggestion("s1", "m1", Outcome.REJECTED, false))
                .build());
    assertEquals(LadderRung.CONSULTATION, p.suggestedRung());
    assertEquals(List.of(), p.findings());
    assertTrue(p.reasonForLowerRungGiven());
    assertEquals(
        "The records support the declared rung, consultation: no cap found is below it.",
        p.summary());
  }

  @Test
  void anOverClaimWithAReasonGivenIsNotUnexplained() {
    StagePlacement p =
        only(
            base()
                .addStages(
                    plan(
                        Stage.CO_DESIGN,
                        LadderRung.CO_DESIGN,
                        Optional.of(JAN_10),
                        Optional.empty()))
                .build());
    assertEquals(List.of(LadderFinding.OVER_CLAIMED), p.findings());
    assertEquals(
        "Declared co-design, but the records support at most informing, 3 rungs lower.",
        p.summary());
  }

  @Test
  void aLateJoinCapOtherThanEngagementOrCoDesignIsRejected() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> LadderSettings.of(LadderRung.CONSULTATION));
    assertEquals("lateJoinCap: must be ENGAGEMENT or CO_DESIGN, was CONSULTATION", e.getMessage());
  }

  @Test
  void aStoredPlacementWhoseSuggestedRungDoesNotFollowFromItsCapsIsRefused() {
    String json =
        Documents.write(
                Ladders.assess(
                    base()
                        .addStages(coProduced(Stage.CO_DESIGN))
                        .addDecisions(decision("d1", Optional.of(Stage.CO_DESIGN), FEB_01, true))
                        .build()))
            .replace("\"suggestedRung\" : \"CONSULTATION\"", "\"suggestedRung\" : \"CO_DESIGN\"");
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, LadderAssessment.class));
    assertEquals(
        "stages[0].suggestedRung: must be the lowest of the declared rung and the caps,"
            + " CONSULTATION, was CO_DESIGN",
        e.getMessage());
  }
}
