package org.coproduction.checklist.records;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.Availability;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.people.SeldomHeardGroup;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;

/**
 * A hand-built record of good co-production, in which every record-based item answers {@code YES},
 * and small edits that break or repair one thing at a time.
 *
 * <p>Five people, one for each interest group: {@code u1} uses services (needs step-free access,
 * free Tuesdays 10:00 to 15:00), {@code c1} is a carer (needs a hearing loop, free Tuesdays 09:00
 * to 16:00), {@code pub1} a member of the public, {@code mgr1} a manager and {@code st1} frontline
 * staff. Co-design starts on Monday 8 January 2024 with {@code u1} and {@code c1} there from day
 * one. Two Tuesday meetings ({@code m1}, {@code m2}) with three weeks' notice, expenses, fees,
 * lunch, minutes, a venue that meets both needs, everyone invited and everyone there. Two
 * suggestions: {@code s1} adopted, {@code s2} rejected with a reason, both fed back and recorded.
 * One decision {@code d1}, taken together at the second meeting.
 */
final class RecordFixtures {
  private RecordFixtures() {}

  static final LocalDate START = LocalDate.of(2024, 1, 8);

  static Initiative good() {
    List<String> everyone = List.of("u1", "c1", "pub1", "mgr1", "st1");
    return Initiative.builder()
        .id("day-centre")
        .name("Day centre redesign")
        .purpose("Redesign the day centre with the people who use it")
        .addParticipants(
            person("u1", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES)
                .addAccessNeeds(AccessNeed.STEP_FREE_ACCESS)
                .addSeldomHeardGroups(SeldomHeardGroup.LIVING_WITH_DEMENTIA)
                .addAvailability(tuesdays(10, 15))
                .build(),
            person("c1", Role.CARER_OR_FAMILY, InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
                .addAccessNeeds(AccessNeed.HEARING_LOOP)
                .addAvailability(tuesdays(9, 16))
                .build(),
            person("pub1", Role.COMMUNITY_MEMBER, InterestGroup.MEMBERS_OF_THE_PUBLIC).build(),
            person("mgr1", Role.MANAGER, InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES)
                .build(),
            person("st1", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES).build())
        .addStages(
            StagePlan.builder()
                .stage(Stage.CO_DESIGN)
                .declaredRung(LadderRung.CO_PRODUCTION)
                .started(START)
                .usersAndCarersJoined(START)
                .build())
        .addMeetings(
            meeting("m1", START.plusDays(1), everyone), meeting("m2", START.plusDays(29), everyone))
        .addSuggestions(
            Suggestion.builder()
                .id("s1")
                .raisedBy("u1")
                .raisedOn(START.plusDays(1))
                .meetingId("m1")
                .summary("Open on Saturdays")
                .outcome(Outcome.ADOPTED)
                .fedBack(true)
                .recorded(true)
                .build(),
            Suggestion.builder()
                .id("s2")
                .raisedBy("c1")
                .raisedOn(START.plusDays(1))
                .meetingId("m1")
                .summary("Run a minibus")
                .outcome(Outcome.REJECTED)
                .reason("The budget cannot cover a driver this year; asked again next spring")
                .fedBack(true)
                .recorded(true)
                .build())
        .addDecisions(
            Decision.builder()
                .id("d1")
                .what("Open on Saturdays from April")
                .decidedOn(START.plusDays(29))
                .stage(Stage.CO_DESIGN)
                .decidedBy(everyone)
                .settledBeforeUsersInvolved(false)
                .build())
        .build();
  }

  static Participant.Builder person(String id, Role role, InterestGroup group) {
    return Participant.builder()
        .id(id)
        .addRoles(role)
        .interestGroup(group)
        .livedExperience(role.isPersonWithLivedExperienceSide());
  }

  static Availability tuesdays(int fromHour, int untilHour) {
    return Availability.builder()
        .day(DayOfWeek.TUESDAY)
        .availableFrom(LocalTime.of(fromHour, 0))
        .availableUntil(LocalTime.of(untilHour, 0))
        .build();
  }

  static Meeting meeting(String id, LocalDate date, List<String> everyone) {
    return Meeting.builder()
        .id(id)
        .stage(Stage.CO_DESIGN)
        .date(date)
        .noticeDays(21)
        .start(LocalTime.of(10, 30))
        .end(LocalTime.of(12, 30))
        .venueMeets(Set.of(AccessNeed.STEP_FREE_ACCESS, AccessNeed.HEARING_LOOP))
        .refreshments(true)
        .expensesOffered(true)
        .feesOffered(true)
        .invited(everyone)
        .attended(everyone)
        .minutesKept(true)
        .build();
  }

  // Edits: each returns a new initiative and leaves the old one as it was.

  static Initiative edit(Initiative i, UnaryOperator<Initiative.Builder> change) {
    Initiative.Builder b = Initiative.builder();
    b.from(i);
    return change.apply(b).build();
  }

  /** Changes every meeting. */
  static Initiative meetings(Initiative i, UnaryOperator<Meeting.Builder> change) {
    return meetings(i, m -> true, change);
  }

  /** Changes one meeting. */
  static Initiative meeting(Initiative i, String id, UnaryOperator<Meeting.Builder> change) {
    return meetings(i, m -> m.id().equals(id), change);
  }

  static Initiative meetings(
      Initiative i, Predicate<Meeting> which, UnaryOperator<Meeting.Builder> change) {
    List<Meeting> changed =
        i.meetings().stream()
            .map(
                m -> {
                  if (!which.test(m)) {
                    return m;
                  }
                  Meeting.Builder b = Meeting.builder();
                  b.from(m);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.meetings(changed));
  }

  /** Changes every suggestion. */
  static Initiative suggestions(Initiative i, UnaryOperator<Suggestion.Builder> change) {
    List<Suggestion> changed =
        i.suggestions().stream()
            .map(
                s -> {
                  Suggestion.Builder b = Suggestion.builder();
                  b.from(s);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.suggestions(changed));
  }

  /** Changes one suggestion. */
  static Initiative suggestion(Initiative i, String id, UnaryOperator<Suggestion.Builder> change) {
    List<Suggestion> changed =
        i.suggestions().stream()
            .map(
                s -> {
                  if (!s.id().equals(id)) {
                    return s;
                  }
                  Suggestion.Builder b = Suggestion.builder();
                  b.from(s);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.suggestions(changed));
  }

  /** Changes every decision. */
  static Initiative decisions(Initiative i, UnaryOperator<Decision.Builder> change) {
    List<Decision> changed =
        i.decisions().stream()
            .map(
                d -> {
                  Decision.Builder b = Decision.builder();
                  b.from(d);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.decisions(changed));
  }

  /** Changes every stage plan. */
  static Initiative stages(Initiative i, UnaryOperator<StagePlan.Builder> change) {
    List<StagePlan> changed =
        i.stages().stream()
            .map(
                p -> {
                  StagePlan.Builder b = StagePlan.builder();
                  b.from(p);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.stages(changed));
  }

  /** Changes one participant. */
  static Initiative participant(
      Initiative i, String id, UnaryOperator<Participant.Builder> change) {
    List<Participant> changed =
        i.participants().stream()
            .map(
                p -> {
                  if (!p.id().equals(id)) {
                    return p;
                  }
                  Participant.Builder b = Participant.builder();
                  b.from(p);
                  return change.apply(b).build();
                })
            .collect(Collectors.toList());
    return edit(i, b -> b.participants(changed));
  }

  /** The ids in a list, without the ones named. */
  static List<String> without(List<String> ids, String... drop) {
    List<String> dropped = List.of(drop);
    return ids.stream().filter(id -> !dropped.contains(id)).collect(Collectors.toList());
  }
}
