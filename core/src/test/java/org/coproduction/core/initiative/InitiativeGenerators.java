package org.coproduction.core.initiative;

import static org.coproduction.core.people.PeopleGenerators.subset;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.PeopleGenerators;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for valid initiatives whose references all resolve, for reuse by the
 * checklist and scoring tests. Ids never start with {@code zz}, so a test can use such an id as a
 * reference that is sure to dangle.
 */
public final class InitiativeGenerators {
  private InitiativeGenerators() {}

  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  /**
   * Valid initiatives: one to eight participants and up to three bodies, four stage plans, six
   * meetings, six suggestions, four decisions, three review rounds and eight assets.
   *
   * @return the initiatives
   */
  public static Gen<Initiative> initiatives() {
    return initiatives(0);
  }

  private static Gen<Initiative> initiatives(int minMeetings) {
    return in -> {
      List<Participant> people = PeopleGenerators.participantLists(8).generate(in);
      List<String> ids = people.stream().map(Participant::id).collect(Collectors.toList());
      Initiative.Builder b = Initiative.builder();
      b.id(PeopleGenerators.ids().generate(in).replaceFirst("^[zZ]+", "i"))
          .name(PeopleGenerators.texts().generate(in))
          .purpose(PeopleGenerators.texts().generate(in))
          .participants(people);

      List<Body> bodies = new ArrayList<>();
      for (int i = 1, n = range(0, 3).generate(in); i <= n; i++) {
        bodies.add(
            Body.builder()
                .id("body-" + i)
                .kind(enumValues(BodyKind.class).generate(in))
                .name(PeopleGenerators.texts().generate(in))
                .members(shuffled(in, subset(in, ids)))
                .build());
      }
      List<String> bodyIds = bodies.stream().map(Body::id).collect(Collectors.toList());
      b.bodies(bodies);

      List<Stage> stages = shuffled(in, subset(in, List.of(Stage.values())));
      for (Stage stage : stages) {
        b.addStages(stagePlans(stage).generate(in));
      }

      List<Meeting> meetings = new ArrayList<>();
      for (int i = 1, n = range(minMeetings, 6).generate(in); i <= n; i++) {
        meetings.add(meeting("m" + i, ids, bodyIds).generate(in));
      }
      List<String> meetingIds = meetings.stream().map(Meeting::id).collect(Collectors.toList());
      b.meetings(meetings);

      for (int i = 1, n = range(0, 6).generate(in); i <= n; i++) {
        b.addSuggestions(suggestion("s" + i, ids, meetingIds).generate(in));
      }
      for (int i = 1, n = range(0, 4).generate(in); i <= n; i++) {
        b.addDecisions(decision("d" + i, ids, bodyIds).generate(in));
      }
      for (int i = 1, n = range(0, 3).generate(in); i <= n; i++) {
        b.addReviewRounds(
            ReviewRound.builder()
                .id("round-" + i)
                .label(PeopleGenerators.texts().generate(in))
                .date(dates().generate(in))
                .build());
      }
      for (int i = 0, n = range(0, 8).generate(in); i < n; i++) {
        b.addAssets(PeopleGenerators.assets(ids).generate(in));
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
    // Built with a meeting rather than filtered, so no example is wasted.
    return initiatives(1);
  }

  /**
   * Dates from 2024 to the end of 2026.
   *
   * @return the dates
   */
  public static Gen<LocalDate> dates() {
    return range(0, 1095).map(d -> EPOCH.plusDays(d));
  }

  /**
   * Valid plans for one stage; a reason is always given below co-production and sometimes at
   * co-production too.
   *
   * @param stage the stage
   * @return the plans
   */
  public static Gen<StagePlan> stagePlans(Stage stage) {
    return in -> {
      LadderRung rung = enumValues(LadderRung.class).generate(in);
      StagePlan.Builder plan = StagePlan.builder().stage(stage).declaredRung(rung);
      if (rung.needsReason() || booleans().generate(in)) {
        plan.reasonForLowerRung(PeopleGenerators.texts().generate(in));
      }
      if (booleans().generate(in)) {
        plan.usersAndCarersJoined(dates().generate(in));
      }
      if (booleans().generate(in)) {
        plan.started(dates().generate(in));
      }
      return plan.build();
    };
  }

  /**
   * Valid meetings whose references are drawn from the given ids.
   *
   * @param id the meeting's id
   * @param participantIds ids to invite and record as attending
   * @param bodyIds ids of bodies the meeting may belong to
   * @return the meetings
   */
  public static Gen<Meeting> meeting(String id, List<String> participantIds, List<String> bodyIds) {
    return in -> {
      LocalTime start = LocalTime.of(range(7, 19).generate(in), 15 * range(0, 3).generate(in));
      Meeting.Builder m =
          Meeting.builder()
              .id(id)
              .date(dates().generate(in))
              .noticeDays(range(0, 60).generate(in))
              .start(start)
              .end(start.plusMinutes(15 * range(1, 16).generate(in)))
              .venueMeets(PeopleGenerators.enumSets(AccessNeed.class, 6).generate(in))
              .refreshments(booleans().generate(in))
              .expensesOffered(booleans().generate(in))
              .feesOffered(booleans().generate(in))
              .invited(shuffled(in, subset(in, participantIds)))
              .attended(shuffled(in, subset(in, participantIds)))
              .minutesKept(booleans().generate(in));
      if (booleans().generate(in)) {
        m.stage(enumValues(Stage.class).generate(in));
      }
      if (!bodyIds.isEmpty() && booleans().generate(in)) {
        m.bodyId(pick(bodyIds).generate(in));
      }
      return m.build();
    };
  }

  /**
   * Valid suggestions whose references are drawn from the given ids. Rejected suggestions sometimes
   * have no reason, which is a finding rather than an invalid record.
   *
   * @param id the suggestion's id
   * @param participantIds ids to choose who raised it from; not empty
   * @param meetingIds ids of meetings where it may have been raised
   * @return the suggestions
   */
  public static Gen<Suggestion> suggestion(
      String id, List<String> participantIds, List<String> meetingIds) {
    return in -> {
      Outcome outcome = enumValues(Outcome.class).generate(in);
      LocalDate raisedOn = dates().generate(in);
      boolean fedBack = booleans().generate(in);
      Suggestion.Builder s =
          Suggestion.builder()
              .id(id)
              .raisedBy(pick(participantIds).generate(in))
              .raisedOn(raisedOn)
              .summary(PeopleGenerators.texts().generate(in))
              .outcome(outcome)
              .fedBack(fedBack)
              .recorded(booleans().generate(in));
      // A kind of reason that goes with the outcome, and a day people were told, now and then.
      List<OutcomeReason> fitting =
          Arrays.stream(OutcomeReason.values()).filter(r -> r.fits(outcome)).toList();
      if (booleans().generate(in)) {
        s.reasonKind(pick(fitting).generate(in));
      }
      if (fedBack && booleans().generate(in)) {
        s.toldOn(raisedOn.plusDays(range(0, 90).generate(in)));
      }
      if (!meetingIds.isEmpty() && booleans().generate(in)) {
        s.meetingId(pick(meetingIds).generate(in));
      }
      if (booleans().generate(in)) {
        s.reason(PeopleGenerators.texts().generate(in));
      }
      return s.build();
    };
  }

  /**
   * Valid decisions taken by participants, a body or both, drawn from the given ids.
   *
   * @param id the decision's id
   * @param participantIds ids of participants who may have decided; not empty
   * @param bodyIds ids of bodies that may have decided
   * @return the decisions
   */
  public static Gen<Decision> decision(
      String id, List<String> participantIds, List<String> bodyIds) {
    return in -> {
      List<String> by = shuffled(in, subset(in, participantIds));
      Optional<String> body =
          !bodyIds.isEmpty() && booleans().generate(in)
              ? Optional.of(pick(bodyIds).generate(in))
              : Optional.empty();
      if (by.isEmpty() && body.isEmpty()) {
        by = List.of(pick(participantIds).generate(in));
      }
      Decision.Builder d =
          Decision.builder()
              .id(id)
              .what(PeopleGenerators.texts().generate(in))
              .decidedOn(dates().generate(in))
              .decidedBy(by)
              .bodyId(body)
              .settledBeforeUsersInvolved(booleans().generate(in));
      if (booleans().generate(in)) {
        d.stage(enumValues(Stage.class).generate(in));
      }
      return d.build();
    };
  }

  private static <T> List<T> shuffled(RandomnessSource in, List<T> items) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, range(0, i).generate(in));
    }
    return out;
  }
}
