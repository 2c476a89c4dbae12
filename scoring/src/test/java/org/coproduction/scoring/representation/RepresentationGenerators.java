package org.coproduction.scoring.representation;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.initiative.Body;
import org.coproduction.core.initiative.BodyKind;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;
import org.coproduction.core.people.SeldomHeardGroup;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for representation reports: initiatives with up to ten participants,
 * bodies and meetings. Seldom-heard groups are drawn from the first four of the list most of the
 * time, so counts of 0, of fewer than k and of k or more all turn up.
 */
public final class RepresentationGenerators {
  private RepresentationGenerators() {}

  /**
   * Valid initiatives with one to ten participants, up to three bodies and four meetings.
   *
   * @return initiatives
   */
  public static Gen<Initiative> initiatives() {
    return RepresentationGenerators::make;
  }

  /**
   * Settings with k from 1 to 4.
   *
   * @return settings
   */
  public static Gen<RepresentationSettings> settings() {
    return integers().between(1, 4).map(RepresentationSettings::of);
  }

  /**
   * Reports made from {@link #initiatives()} under {@link #settings()}.
   *
   * @return reports
   */
  public static Gen<RepresentationReport> reports() {
    return initiatives().zip(settings(), Representation::assess);
  }

  private static int pick(RandomnessSource in, int from, int to) {
    return integers().between(from, to).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  private static List<String> subset(RandomnessSource in, List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(
        id -> {
          if (coin(in)) {
            out.add(id);
          }
        });
    return out;
  }

  private static Initiative make(RandomnessSource in) {
    List<Participant> people = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    SeldomHeardGroup[] seldom = SeldomHeardGroup.values();
    for (int i = 1, n = pick(in, 1, 10); i <= n; i++) {
      Participant.Builder p =
          Participant.builder()
              .id("p" + i)
              .addRoles(Role.values()[pick(in, 0, Role.values().length - 1)])
              .interestGroup(InterestGroup.values()[pick(in, 0, 4)])
              .livedExperience(coin(in));
      for (int g = 0, m = pick(in, 0, 2); g < m; g++) {
        p.addSeldomHeardGroups(seldom[pick(in, 0, 5) > 0 ? pick(in, 0, 3) : pick(in, 0, 9)]);
      }
      people.add(p.build());
      ids.add("p" + i);
    }
    Initiative.Builder b =
        Initiative.builder()
            .id("community-hub")
            .name("Community hub")
            .purpose("Run the hub together")
            .participants(people);
    List<String> bodyIds = new ArrayList<>();
    for (int i = 1, n = pick(in, 0, 3); i <= n; i++) {
      bodyIds.add("body-" + i);
      b.addBodies(
          Body.builder()
              .id("body-" + i)
              .kind(BodyKind.values()[pick(in, 0, 3)])
              .name("Steering group")
              .members(subset(in, ids))
              .build());
    }
    for (int i = 1, n = pick(in, 0, 4); i <= n; i++) {
      Meeting.Builder m =
          Meeting.builder()
              .id("m" + i)
              .date(LocalDate.of(2026, 2, 1).plusDays(pick(in, 0, 3)))
              .noticeDays(pick(in, 0, 21))
              .start(LocalTime.of(pick(in, 9, 12), 0))
              .end(LocalTime.of(16, 0))
              .refreshments(coin(in))
              .expensesOffered(coin(in))
              .feesOffered(coin(in))
              .invited(subset(in, ids))
              .attended(subset(in, ids))
              .minutesKept(coin(in));
      if (!bodyIds.isEmpty() && coin(in)) {
        m.bodyId(bodyIds.get(pick(in, 0, bodyIds.size() - 1)));
      }
      b.addMeetings(m.build());
    }
    return b.build();
  }
}
