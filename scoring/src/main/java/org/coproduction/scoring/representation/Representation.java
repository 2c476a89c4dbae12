package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.coproduction.core.initiative.Body;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.SeldomHeardGroup;

/**
 * Reads an initiative's records for representation.
 *
 * <ul>
 *   <li>For each body: members, members with lived experience ({@link
 *       Participant#livedExperience()}) and their share, and the interest groups with no member.
 *   <li>For each meeting: how many came, the interest groups nobody who came speaks for, and the
 *       groups nobody invited speaks for.
 *   <li>Seldom-heard groups: for each group, how many participants said they belong to it, and how
 *       many belong to at least one. A group with fewer than k people is listed with those reached
 *       by few or none, so a count of 1 to k &minus; 1 is neither shown nor named; the total is
 *       left out when any group has such a count.
 * </ul>
 *
 * <p>Sources: "Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017
 * (all five interest groups); "Co-production in social care: What it is and how to do it", SCIE,
 * October 2013, updated October 2015, section "Diversity" (groups often left out; be proactive);
 * "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16
 * June 2016 (key stakeholders absent or not invited).
 *
 * <p>Pure and thread-safe: the result depends only on the arguments, never on the order of
 * participants, bodies, members or meetings.
 */
@API(status = STABLE, since = "0.1")
public final class Representation {
  private Representation() {}

  /**
   * Reads representation with the default settings (k = 3).
   *
   * @param initiative the initiative and its records
   * @return the report
   */
  public static RepresentationReport assess(Initiative initiative) {
    return assess(initiative, RepresentationSettings.defaults());
  }

  /**
   * Reads representation.
   *
   * @param initiative the initiative and its records
   * @param settings the choices behind the report
   * @return the report
   */
  public static RepresentationReport assess(
      Initiative initiative, RepresentationSettings settings) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(settings, "settings");
    Map<String, Participant> who = new HashMap<>();
    initiative.participants().forEach(p -> who.put(p.id(), p));

    RepresentationReport.Builder out =
        RepresentationReport.builder()
            .initiativeId(initiative.id())
            .settings(settings)
            .groupsMissing(Groups.missing(initiative.participants()));

    int k = settings.minGroupSize();
    boolean leftOut = false;
    List<Body> bodies = new ArrayList<>(initiative.bodies());
    bodies.sort(Comparator.comparing(Body::id));
    for (Body b : bodies) {
      List<Participant> members = people(b.members(), who);
      int lived = (int) members.stream().filter(Participant::livedExperience).count();
      BodyRepresentation.Builder row =
          BodyRepresentation.builder()
              .bodyId(b.id())
              .kind(b.kind())
              .members(members.size())
              .groupsMissing(Groups.missing(members));
      // Members are named in the records: a few with, or a few without, would point at them.
      if (publishable(lived, k) && publishable(members.size() - lived, k)) {
        row.membersWithLivedExperience(lived);
        if (!members.isEmpty()) {
          row.livedExperienceShare((double) lived / members.size());
        }
      } else {
        leftOut = true;
      }
      out.addBodies(row.build());
    }

    for (Meeting m : initiative.meetingsInDateOrder()) {
      out.addMeetings(
          MeetingRepresentation.builder()
              .meetingId(m.id())
              .date(m.date())
              .stage(m.stage())
              .bodyId(m.bodyId())
              .attended(m.attended().size())
              .groupsMissing(Groups.missing(people(m.attended(), who)))
              .groupsNotInvited(Groups.missing(people(m.invited(), who)))
              .build());
    }

    leftOut |= seldomHeard(out, initiative.participants(), k);
    return out.figuresLeftOut(leftOut).build();
  }

  /** A count of people may be published when it is none or at least k. */
  private static boolean publishable(int count, int k) {
    return count == 0 || count >= k;
  }

  private static List<Participant> people(List<String> ids, Map<String, Participant> who) {
    List<Participant> people = new ArrayList<>();
    ids.forEach(id -> people.add(who.get(id)));
    return people;
  }

  /** Adds the seldom-heard rows; true when a count was left out. */
  private static boolean seldomHeard(
      RepresentationReport.Builder out, List<Participant> participants, int k) {
    int[] counts = new int[SeldomHeardGroup.values().length];
    int inAny = 0;
    for (Participant p : participants) {
      p.seldomHeardGroups().forEach(g -> counts[g.ordinal()]++);
      if (!p.seldomHeardGroups().isEmpty()) {
        inAny++;
      }
    }
    boolean leftOut = false;
    for (SeldomHeardGroup g : SeldomHeardGroup.values()) {
      int n = counts[g.ordinal()];
      if (n >= k) {
        out.addSeldomHeard(SeldomHeardReach.builder().group(g).people(n).build());
      } else {
        // None and a few look the same, so nobody is picked out by a group being listed.
        out.addSeldomHeardFewOrNone(g);
        leftOut |= n > 0;
      }
    }
    // Next to the rows shown, the total would give away people in a small group.
    if (!leftOut) {
      out.peopleInSeldomHeardGroups(inAny);
    }
    return leftOut;
  }
}
