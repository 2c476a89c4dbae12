package org.coproduction.scoring.ladder;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for ladder assessment: initiatives whose stage plans, meetings,
 * suggestions and decisions give every ladder rule something to find, and the assessments made from
 * them. Core's own generators live in core's test sources, which this module cannot see, so these
 * are compact ones of its own. Dates fall within a few months so joins, starts, meetings and
 * decisions often fall either side of each other.
 */
public final class LadderGenerators {
  private LadderGenerators() {}

  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  /**
   * Valid initiatives with one to five participants, any subset of stage plans, up to six meetings
   * (most tied to a stage), six suggestions and four decisions.
   *
   * @return initiatives
   */
  public static Gen<Initiative> initiatives() {
    return LadderGenerators::initiative;
  }

  /**
   * Either setting for a late join.
   *
   * @return settings
   */
  public static Gen<LadderSettings> settings() {
    return booleans()
        .all()
        .map(b -> LadderSettings.of(b ? LadderRung.CO_DESIGN : LadderRung.ENGAGEMENT));
  }

  /**
   * Assessments of generated initiatives under generated settings.
   *
   * @return assessments
   */
  public static Gen<LadderAssessment> assessments() {
    return initiatives().zip(settings(), Ladders::assess);
  }

  /**
   * A decision to add to an initiative: dated at random, in a random stage or none, and either
   * recorded as settled before people who use services and carers were involved or not.
   *
   * @param id the decision's id
   * @return decisions taken by participant {@code p1}
   */
  public static Gen<Decision> decisions(String id) {
    return in -> decision(in, id, List.of("p1"));
  }

  static int pick(RandomnessSource in, int from, int to) {
    return integers().between(from, to).generate(in);
  }

  static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  static <E extends Enum<E>> E oneOf(RandomnessSource in, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[pick(in, 0, values.length - 1)];
  }

  static LocalDate date(RandomnessSource in) {
    return START.plusDays(pick(in, 0, 120));
  }

  static <T> List<T> subset(RandomnessSource in, List<T> items) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      if (coin(in)) {
        out.add(item);
      }
    }
    return out;
  }

  private static Initiative initiative(RandomnessSource in) {
    List<Participant> people = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1, n = pick(in, 1, 5); i <= n; i++) {
      ids.add("p" + i);
      people.add(
          Participant.builder()
              .id("p" + i)
              .addRoles(oneOf(in, Role.class))
              .interestGroup(oneOf(in, InterestGroup.class))
              .livedExperience(coin(in))
              .build());
    }
    Initiative.Builder b =
        Initiative.builder()
            .id("initiative-" + pick(in, 1, 9))
            .name("Day services redesign")
            .purpose("Redesign day services together")
            .participants(people);

    for (Stage stage : Stage.values()) {
      if (coin(in)) {
        LadderRung rung = oneOf(in, LadderRung.class);
        StagePlan.Builder plan = StagePlan.builder().stage(stage).declaredRung(rung);
        if (rung.needsReason()) {
          plan.reasonForLowerRung("A statutory decision that cannot be shared");
        }
        if (pick(in, 0, 3) > 0) {
          plan.usersAndCarersJoined(date(in));
        }
        if (coin(in)) {
          plan.started(date(in));
        }
        b.addStages(plan.build());
      }
    }

    List<String> meetingIds = new ArrayList<>();
    for (int i = 1, n = pick(in, 0, 6); i <= n; i++) {
      String id = "m" + i;
      meetingIds.add(id);
      b.addMeetings(
          Meeting.builder()
              .id(id)
              .stage(pick(in, 0, 4) > 0 ? Optional.of(oneOf(in, Stage.class)) : Optional.empty())
              .date(date(in))
              .noticeDays(pick(in, 0, 21))
              .start(LocalTime.of(pick(in, 9, 15), 0))
              .end(LocalTime.of(17, 0))
              .refreshments(coin(in))
              .expensesOffered(coin(in))
              .feesOffered(coin(in))
              .invited(subset(in, ids))
              .attended(subset(in, ids))
              .minutesKept(coin(in))
              .build());
    }
    for (int i = 1, n = pick(in, 0, 6); i <= n; i++) {
      b.addSuggestions(
          Suggestion.builder()
              .id("s" + i)
              .raisedBy(ids.get(pick(in, 0, ids.size() - 1)))
              .raisedOn(date(in))
              .meetingId(
                  meetingIds.isEmpty() || pick(in, 0, 4) == 0
                      ? Optional.empty()
                      : Optional.of(meetingIds.get(pick(in, 0, meetingIds.size() - 1))))
              .summary("Hold sessions in the afternoon")
              .outcome(oneOf(in, Outcome.class))
              .fedBack(coin(in))
              .recorded(coin(in))
              .build());
    }
    for (int i = 1, n = pick(in, 0, 4); i <= n; i++) {
      b.addDecisions(decision(in, "d" + i, ids));
    }
    return b.build();
  }

  private static Decision decision(RandomnessSource in, String id, List<String> ids) {
    return Decision.builder()
        .id(id)
        .what("Close the Tuesday group")
        .decidedOn(date(in))
        .stage(pick(in, 0, 3) > 0 ? Optional.of(oneOf(in, Stage.class)) : Optional.empty())
        .addDecidedBy(ids.get(pick(in, 0, ids.size() - 1)))
        .settledBeforeUsersInvolved(coin(in))
        .build();
  }
}
