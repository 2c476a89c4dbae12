package org.coproduction.scoring.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FailureMode;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.checklist.records.RecordChecks;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.coproduction.scoring.ScoreReport;
import org.coproduction.scoring.Scoring;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For each of the ten failures of "The Co-production Police and accountability" (Kevin Minier, SCIE
 * Co-production Festival blog, 16 June 2016), an initiative written here from scratch commits the
 * failure while every rater answers yes: the records alone must raise a red flag whose evidence
 * names the meeting, decision, suggestion, stage or group, and the repaired twin must raise none.
 */
class PoliceFailuresFromRecordsTest {
  private static final Checklist CHECKLIST = BuiltInChecklist.get();
  private static final LocalDate START = LocalDate.of(2026, 3, 2); // a Monday
  private static final List<String> PEOPLE = List.of("u1", "c1", "m1", "w1", "s1");

  /** What each failure does to the repaired initiative, the item it flags and what it names. */
  private record Broken(
      UnaryOperator<Initiative.Builder> change, String itemId, Evidence.Kind kind, String ref) {}

  private static Broken broken(FailureMode failure) {
    switch (failure) {
      case INVOLVED_ONLY_AT_THE_END:
        return new Broken(
            b -> b.stages(List.of(stage(START.plusDays(60)))),
            RecordChecks.INVOLVED_FROM_START,
            Evidence.Kind.STAGE,
            "CO_DESIGN");
      case SOLUTION_DECIDED_IN_ADVANCE:
        return new Broken(
            b -> b.decisions(List.of(decision(true))),
            RecordChecks.INVOLVED_FROM_START,
            Evidence.Kind.DECISION,
            "d1");
      case SUGGESTIONS_REJECTED_FOR_NOT_FITTING:
        return new Broken(
            b ->
                b.suggestions(
                    List.of(
                        rejected("i1", OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL),
                        rejected("i2", OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL),
                        suggestion("i3", Outcome.ADOPTED))),
            RecordChecks.NEW_IDEAS_WELCOME,
            Evidence.Kind.SUGGESTION,
            "i1");
      case LISTENED_TO_BUT_NOT_IN_THE_RESULT:
        List<Suggestion> none = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          none.add(rejected("i" + i, OutcomeReason.NOT_WITHIN_BUDGET));
        }
        return new Broken(
            b -> b.suggestions(none),
            RecordChecks.IDEAS_SHAPE_RESULT,
            Evidence.Kind.SUGGESTION,
            "i6");
      case NEVER_HEARD_OF_AGAIN:
        return new Broken(
            b ->
                b.suggestions(
                        List.of(
                            Suggestion.builder()
                                .from(suggestion("i1", Outcome.PENDING))
                                .fedBack(false)
                                .build()))
                    .addMeetings(meeting("m3", START.plusDays(400))),
            RecordChecks.OUTCOMES_FED_BACK,
            Evidence.Kind.SUGGESTION,
            "i1");
      case NO_EXPENSES_OR_FEE:
        return new Broken(
            b ->
                b.meetings(
                    List.of(meeting("m1", START), noExpenses(meeting("m2", START.plusDays(14))))),
            RecordChecks.EXPENSES_AND_FEES,
            Evidence.Kind.MEETING,
            "m2");
      case POOR_NOTICE_AND_TIMING:
        return new Broken(
            b ->
                b.meetings(
                    List.of(
                        Meeting.builder().from(meeting("m1", START)).noticeDays(2).build(),
                        Meeting.builder()
                            .from(meeting("m2", START.plusDays(14)))
                            .noticeDays(2)
                            .build())),
            RecordChecks.NOTICE_GIVEN,
            Evidence.Kind.MEETING,
            "m1");
      case VENUE_NOT_ACCESSIBLE:
        // The one person who needs step-free access was invited to the second meeting and stayed
        // away: judging only those who came, the records would say yes.
        return new Broken(
            b ->
                b.meetings(
                    List.of(
                        meeting("m1", START),
                        Meeting.builder()
                            .from(meeting("m2", START.plusDays(14)))
                            .venueMeets(EnumSet.noneOf(AccessNeed.class))
                            .attended(List.of("c1", "m1", "w1", "s1"))
                            .build())),
            RecordChecks.VENUE_ACCESS,
            Evidence.Kind.MEETING,
            "m2");
      case KEY_STAKEHOLDERS_MISSING:
        return new Broken(
            b ->
                b.meetings(
                    List.of(
                        withOnly(meeting("m1", START), "u1", "m1", "w1", "s1"),
                        withOnly(meeting("m2", START.plusDays(14)), "u1", "m1", "w1", "s1"))),
            RecordChecks.ALL_GROUPS_INVITED,
            Evidence.Kind.INTEREST_GROUP,
            "FAMILY_AND_FRIENDS_WHO_CARE");
      case COMMENTS_NOT_RECORDED:
        return new Broken(
            b ->
                b.meetings(
                        List.of(
                            meeting("m1", START),
                            Meeting.builder()
                                .from(meeting("m2", START.plusDays(14)))
                                .minutesKept(false)
                                .build()))
                    .suggestions(
                        List.of(
                            Suggestion.builder()
                                .from(suggestion("i1", Outcome.ADOPTED))
                                .recorded(false)
                                .build())),
            RecordChecks.COMMENTS_RECORDED,
            Evidence.Kind.MEETING,
            "m2");
      default:
        throw new IllegalArgumentException(failure.name());
    }
  }

  @ParameterizedTest
  @EnumSource(FailureMode.class)
  void theRecordsAloneFlagEachFailureAndNameWhereItHappened(FailureMode failure) {
    Broken broken = broken(failure);
    ScoreReport report = score(broken.change().apply(repairedBuilder()).build());
    RedFlag flag =
        report
            .redFlag(broken.itemId())
            .orElseThrow(() -> new AssertionError(failure + ": no flag on " + broken.itemId()));
    assertFalse(flag.triggers().contains(FlagTrigger.RATERS_SAID_NO), "every rater said yes");
    assertTrue(
        flag.record().orElseThrow().evidence().stream()
            .anyMatch(e -> e.kind() == broken.kind() && e.ref().equals(broken.ref())),
        failure + ": the evidence names " + broken.ref() + ", was " + flag.record());
    assertTrue(
        RecordChecks.itemsThatCatch(failure).contains(broken.itemId()),
        failure + " is caught by " + broken.itemId());
  }

  @Test
  void theRepairedTwinRaisesNoFlag() {
    ScoreReport report = score(repairedBuilder().build());
    assertEquals(List.of(), report.redFlags());
  }

  @Test
  void oneFailureOnACriticalItemIsNamedAndSaysWhy() {
    ScoreReport report =
        score(broken(FailureMode.NO_EXPENSES_OR_FEE).change().apply(repairedBuilder()).build());
    RedFlag flag = report.redFlag(RecordChecks.EXPENSES_AND_FEES).orElseThrow();
    assertEquals(Answer.PARTLY, flag.record().orElseThrow().answer());
    assertEquals(List.of(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL), flag.triggers());
    assertTrue(flag.reason().contains("critical item"), flag.reason());
    assertTrue(flag.reason().contains("meeting m2"), flag.reason());
  }

  @Test
  void oneFailureOnALessSevereItemKeepsTodaysRule() {
    Initiative oneShortNotice =
        repairedBuilder()
            .meetings(
                List.of(
                    meeting("m1", START),
                    Meeting.builder()
                        .from(meeting("m2", START.plusDays(14)))
                        .noticeDays(2)
                        .build()))
            .build();
    ScoreReport report = score(oneShortNotice);
    assertEquals(
        Answer.PARTLY,
        report.item(RecordChecks.NOTICE_GIVEN).orElseThrow().record().orElseThrow().answer());
    assertEquals(Optional.empty(), report.redFlag(RecordChecks.NOTICE_GIVEN));
  }

  @Test
  void aLunchtimeMeetingWithoutFoodIsFlaggedByTheRecords() {
    Meeting lunch =
        Meeting.builder()
            .from(meeting("m2", START.plusDays(14)))
            .start(LocalTime.of(11, 0))
            .end(LocalTime.of(14, 0))
            .refreshments(false)
            .build();
    ScoreReport report =
        score(repairedBuilder().meetings(List.of(meeting("m1", START), lunch)).build());
    RedFlag flag = report.redFlag(RecordChecks.REFRESHMENTS_AND_BREAKS).orElseThrow();
    assertEquals("m2", flag.record().orElseThrow().evidence().get(0).ref());
  }

  // The repaired initiative

  private static Initiative.Builder repairedBuilder() {
    return Initiative.builder()
        .id("riverside-day-service")
        .name("Riverside day service review")
        .purpose("Decide together what the day service offers next year.")
        .addParticipants(
            Participant.builder()
                .from(
                    person(
                        "u1",
                        Role.PERSON_WHO_USES_SERVICES,
                        InterestGroup.PEOPLE_WHO_USE_SERVICES,
                        true))
                .accessNeeds(EnumSet.of(AccessNeed.STEP_FREE_ACCESS))
                .build(),
            person("c1", Role.CARER_OR_FAMILY, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE, true),
            person("m1", Role.COMMUNITY_MEMBER, InterestGroup.MEMBERS_OF_THE_PUBLIC, false),
            person("w1", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, false),
            person(
                "s1",
                Role.COMMISSIONER,
                InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
                false))
        .stages(List.of(stage(START)))
        .meetings(List.of(meeting("m1", START), meeting("m2", START.plusDays(14))))
        .suggestions(
            List.of(
                suggestion("i1", Outcome.ADOPTED),
                suggestion("i2", Outcome.ADAPTED),
                rejected("i3", OutcomeReason.NOT_WITHIN_BUDGET)))
        .decisions(List.of(decision(false)));
  }

  private static Participant person(String id, Role role, InterestGroup group, boolean lived) {
    return Participant.builder()
        .id(id)
        .roles(EnumSet.of(role))
        .interestGroup(group)
        .livedExperience(lived)
        .build();
  }

  private static StagePlan stage(LocalDate joined) {
    return StagePlan.builder()
        .stage(Stage.CO_DESIGN)
        .declaredRung(LadderRung.CO_PRODUCTION)
        .started(START)
        .usersAndCarersJoined(joined)
        .build();
  }

  private static Meeting meeting(String id, LocalDate day) {
    return Meeting.builder()
        .id(id)
        .stage(Stage.CO_DESIGN)
        .date(day)
        .noticeDays(21)
        .start(LocalTime.of(10, 0))
        .end(LocalTime.of(12, 0))
        .venueMeets(EnumSet.of(AccessNeed.STEP_FREE_ACCESS))
        .refreshments(true)
        .expensesOffered(true)
        .feesOffered(true)
        .invited(PEOPLE)
        .attended(PEOPLE)
        .minutesKept(true)
        .build();
  }

  private static Meeting noExpenses(Meeting m) {
    return Meeting.builder().from(m).expensesOffered(false).build();
  }

  private static Meeting withOnly(Meeting m, String... people) {
    return Meeting.builder().from(m).invited(List.of(people)).attended(List.of(people)).build();
  }

  private static Suggestion suggestion(String id, Outcome outcome) {
    return Suggestion.builder()
        .id(id)
        .raisedBy("u1")
        .raisedOn(START)
        .meetingId("m1")
        .summary("Idea " + id)
        .outcome(outcome)
        .fedBack(true)
        .recorded(true)
        .build();
  }

  private static Suggestion rejected(String id, OutcomeReason why) {
    return Suggestion.builder()
        .from(suggestion(id, Outcome.REJECTED))
        .reason("Explained at the next meeting")
        .reasonKind(why)
        .build();
  }

  private static Decision decision(boolean settledBefore) {
    return Decision.builder()
        .id("d1")
        .what("Open on Saturdays")
        .decidedOn(START.plusDays(14))
        .stage(Stage.CO_DESIGN)
        .addDecidedBy("u1", "c1", "w1")
        .settledBeforeUsersInvolved(settledBefore)
        .build();
  }

  private static ScoreReport score(Initiative initiative) {
    List<ResponseSet> everyoneSaysYes = new ArrayList<>();
    for (Participant p : initiative.participants()) {
      List<ItemResponse> yes = new ArrayList<>();
      CHECKLIST.items().forEach(item -> yes.add(ItemResponse.of(item.id(), Answer.YES)));
      everyoneSaysYes.add(
          ResponseSet.builder()
              .id("rs-" + p.id())
              .checklist(CHECKLIST.ref())
              .initiativeId(initiative.id())
              .raterRole(p.roles().iterator().next())
              .raterInterestGroup(p.interestGroup())
              .answers(yes)
              .build());
    }
    return Scoring.score(
        CHECKLIST,
        everyoneSaysYes,
        RecordChecks.answer(initiative, RecordCheckSettings.defaults(), CHECKLIST),
        ScoringSettings.builder().minimumGroupSize(1).build());
  }
}
