package org.coproduction.checklist.records;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for initiatives whose records exercise every record-based check.
 *
 * <p>Core's {@code InitiativeGenerators} live in core's test sources, which the checklist module's
 * tests cannot see (test classes are not shared between modules), so this is a compact generator of
 * its own. It leans towards good practice (most meetings have enough notice, expenses, minutes;
 * most suggestions are fed back), so that {@code YES}, {@code PARTLY} and {@code NO} all turn up
 * often. Participants carry access needs and seldom-heard groups, so tests can check that the
 * evidence never names them. Ids are {@code p1}, {@code m1}, {@code s1}, {@code d1} and so on.
 */
public final class RecordGenerators {
  private RecordGenerators() {}

  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  /**
   * Valid initiatives with one to eight participants, up to four stage plans, five meetings, four
   * suggestions and three decisions.
   *
   * @return the initiatives
   */
  public static Gen<Initiative> initiatives() {
    return in -> {
      List<Participant> people = new ArrayList<>();
      // Half the time the first five speak for one interest group each, so all five can be there.
      boolean everyGroup = range(1, 2).generate(in) == 1;
      for (int i = 1, n = range(1, 8).generate(in); i <= n; i++) {
        InterestGroup group =
            everyGroup && i <= 5
                ? InterestGroup.values()[i - 1]
                : enumValues(InterestGroup.class).generate(in);
        people.add(participant("p" + i, group, in));
      }
      List<String> ids = people.stream().map(Participant::id).collect(Collectors.toList());
      Initiative.Builder b =
          Initiative.builder()
              .id("initiative")
              .name("A generated initiative")
              .purpose("To exercise the record-based checks")
              .participants(people);
      for (Stage stage : Stage.values()) {
        if (range(1, 3).generate(in) == 1) {
          b.addStages(stagePlan(stage, in));
        }
      }
      List<String> meetingIds = new ArrayList<>();
      for (int i = 1, n = range(0, 5).generate(in); i <= n; i++) {
        b.addMeetings(meeting("m" + i, ids, in));
        meetingIds.add("m" + i);
      }
      for (int i = 1, n = range(0, 4).generate(in); i <= n; i++) {
        b.addSuggestions(suggestion("s" + i, ids, meetingIds, in));
      }
      for (int i = 1, n = range(0, 3).generate(in); i <= n; i++) {
        b.addDecisions(decision("d" + i, ids, in));
      }
      return b.build();
    };
  }

  /**
   * Valid initiatives with at least one meeting.
   *
   * @return the initiatives
   */
  public static Gen<Initiative> initiativesWithMeetings() {
    return initiatives().assuming(i -> !i.meetings().isEmpty());
  }

  /**
   * The same records in another order: participants, stage plans, meetings (and each meeting's
   * invited and attended lists), suggestions and decisions are shuffled.
   *
   * @param i the initiative
   * @param in the randomness
   * @return an equal record in a new order
   */
  public static Initiative shuffled(Initiative i, RandomnessSource in) {
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : i.meetings()) {
      Meeting.Builder b = Meeting.builder();
      b.from(m);
      meetings.add(b.invited(shuffle(m.invited(), in)).attended(shuffle(m.attended(), in)).build());
    }
    Initiative.Builder b = Initiative.builder();
    b.from(i);
    return b.participants(shuffle(i.participants(), in))
        .stages(shuffle(i.stages(), in))
        .meetings(shuffle(meetings, in))
        .suggestions(shuffle(i.suggestions(), in))
        .decisions(shuffle(i.decisions(), in))
        .build();
  }

  static Participant participant(String id, InterestGroup group, RandomnessSource in) {
    Set<Role> roles =
        EnumSet.of(mostly(in) ? usualRole(group) : enumValues(Role.class).generate(in));
    if (range(1, 4).generate(in) == 1) {
      roles.add(enumValues(Role.class).generate(in));
    }
    Role first = roles.iterator().next();
    Participant.Builder p =
        Participant.builder()
            .id(id)
            .roles(roles)
            .interestGroup(group)
            .livedExperience(first.isPersonWithLivedExperienceSide());
    if (range(1, 2).generate(in) == 1) {
      p.accessNeeds(some(AccessNeed.class, 2, in));
    }
    if (range(1, 2).generate(in) == 1) {
      p.seldomHeardGroups(some(SeldomHeardGroup.class, 2, in));
    }
    int windows = range(0, 2).generate(in);
    if (windows == 1) {
      // Free most of every day: only the evening meetings fall outside.
      for (DayOfWeek day : DayOfWeek.values()) {
        p.addAvailability(
            Availability.builder()
                .day(day)
                .availableFrom(LocalTime.of(8, 0))
                .availableUntil(LocalTime.of(range(18, 21).generate(in), 0))
                .build());
      }
    } else if (windows == 2) {
      for (int i = 0, n = range(1, 2).generate(in); i < n; i++) {
        int from = range(8, 12).generate(in);
        p.addAvailability(
            Availability.builder()
                .day(enumValues(DayOfWeek.class).generate(in))
                .availableFrom(LocalTime.of(from, 0))
                .availableUntil(LocalTime.of(from + range(2, 8).generate(in), 0))
                .build());
      }
    }
    return p.build();
  }

  /** The role someone who speaks for a group most often holds. */
  static Role usualRole(InterestGroup group) {
    switch (group) {
      case PEOPLE_WHO_USE_SERVICES:
        return Role.PERSON_WHO_USES_SERVICES;
      case FAMILY_AND_FRIENDS_WHO_CARE:
        return Role.CARER_OR_FAMILY;
      case MEMBERS_OF_THE_PUBLIC:
        return Role.COMMUNITY_MEMBER;
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES:
        return Role.COMMISSIONER;
      default:
        return Role.FRONTLINE_STAFF;
    }
  }

  static StagePlan stagePlan(Stage stage, RandomnessSource in) {
    LadderRung rung =
        mostly(in) ? LadderRung.CO_PRODUCTION : enumValues(LadderRung.class).generate(in);
    StagePlan.Builder p = StagePlan.builder().stage(stage).declaredRung(rung);
    if (rung.needsReason()) {
      p.reasonForLowerRung("A statutory duty that cannot be shared");
    }
    LocalDate started = date(in);
    if (mostly(in)) {
      p.started(started);
    }
    if (mostly(in)) {
      p.usersAndCarersJoined(mostly(in) ? started : date(in));
    }
    return p.build();
  }

  static Meeting meeting(String id, List<String> people, RandomnessSource in) {
    LocalTime start = LocalTime.of(range(9, 17).generate(in), 30 * range(0, 1).generate(in));
    List<String> invited = subset(people, in);
    List<String> attended = subset(invited, in);
    if (range(1, 4).generate(in) == 1) {
      attended = subset(people, in);
    }
    Meeting.Builder m =
        Meeting.builder()
            .id(id)
            .date(date(in))
            .noticeDays(mostly(in) ? range(14, 40).generate(in) : range(0, 13).generate(in))
            .start(start)
            .end(start.plusMinutes(30 * range(1, 6).generate(in)))
            .venueMeets(
                mostly(in) ? EnumSet.allOf(AccessNeed.class) : some(AccessNeed.class, 8, in))
            .refreshments(mostly(in))
            .expensesOffered(mostly(in))
            .feesOffered(mostly(in))
            .invited(invited)
            .attended(attended)
            .minutesKept(mostly(in));
    if (range(1, 2).generate(in) == 1) {
      m.stage(enumValues(Stage.class).generate(in));
    }
    return m.build();
  }

  static Suggestion suggestion(
      String id, List<String> people, List<String> meetings, RandomnessSource in) {
    Outcome outcome = enumValues(Outcome.class).generate(in);
    Suggestion.Builder s =
        Suggestion.builder()
            .id(id)
            .raisedBy(pick(people).generate(in))
            .raisedOn(date(in))
            .summary("Meet somewhere on the bus route")
            .outcome(outcome)
            .fedBack(mostly(in))
            .recorded(mostly(in));
    if (!meetings.isEmpty() && range(1, 2).generate(in) == 1) {
      s.meetingId(pick(meetings).generate(in));
    }
    if (mostly(in)) {
      s.reason("The budget allows it from April");
    }
    return s.build();
  }

  static Decision decision(String id, List<String> people, RandomnessSource in) {
    List<String> by = subset(people, in);
    if (by.isEmpty()) {
      by = List.of(pick(people).generate(in));
    }
    Decision.Builder d =
        Decision.builder()
            .id(id)
            .what("Move the group to Thursdays")
            .decidedOn(date(in))
            .decidedBy(by)
            .settledBeforeUsersInvolved(!mostly(in));
    if (range(1, 2).generate(in) == 1) {
      d.stage(enumValues(Stage.class).generate(in));
    }
    return d.build();
  }

  /** True four times in five, so good practice is common but not certain. */
  static boolean mostly(RandomnessSource in) {
    return range(1, 5).generate(in) <= 4;
  }

  /** Dates over the first half of 2024. */
  static LocalDate date(RandomnessSource in) {
    return EPOCH.plusDays(range(0, 180).generate(in));
  }

  /** Each element kept with a chance of two in three, in the original order. */
  static <T> List<T> subset(List<T> items, RandomnessSource in) {
    return items.stream().filter(x -> range(1, 3).generate(in) <= 2).collect(Collectors.toList());
  }

  static <E extends Enum<E>> Set<E> some(Class<E> type, int max, RandomnessSource in) {
    Set<E> set = EnumSet.noneOf(type);
    for (int i = 0, n = range(0, max).generate(in); i < n; i++) {
      set.add(enumValues(type).generate(in));
    }
    return set;
  }

  static <T> List<T> shuffle(List<T> items, RandomnessSource in) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, range(0, i).generate(in));
    }
    return out;
  }
}
