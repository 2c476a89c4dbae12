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
import org.coproduction.scoring.internal.stats.SmallCellSuppression;

/**
 * Reads an initiative's records for representation.
 *
 * <ul>
 *   <li>For each body: members, members with lived experience ({@link
 *       Participant#livedExperience()}) and their share, and the interest groups with no member.
 *   <li>For each meeting: how many came, the interest groups nobody who came speaks for, and the
 *       groups nobody invited speaks for.
 *   <li>Seldom-heard groups: for each group, how many participants said they belong to it, and how
 *       many belong to at least one. A count of 1 to k &minus; 1 people is suppressed; when exactly
 *       one count is suppressed and the total is shown, the next-smallest is suppressed too; a
 *       total below k is suppressed as well. Counts of 0 are not hidden: the group is listed as not
 *       reached.
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
              .membersWithLivedExperience(lived)
              .groupsMissing(Groups.missing(members));
      if (!members.isEmpty()) {
        row.livedExperienceShare((double) lived / members.size());
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

    seldomHeard(out, initiative.participants(), settings.minGroupSize());
    return out.build();
  }

  private static List<Participant> people(List<String> ids, Map<String, Participant> who) {
    List<Participant> people = new ArrayList<>();
    ids.forEach(id -> people.add(who.get(id)));
    return people;
  }

  private static void seldomHeard(
      RepresentationReport.Builder out, List<Participant> participants, int k) {
    Map<String, Integer> counts = new HashMap<>();
    for (SeldomHeardGroup g : SeldomHeardGroup.values()) {
      counts.put(g.name(), 0);
    }
    int inAny = 0;
    for (Participant p : participants) {
      p.seldomHeardGroups().forEach(g -> counts.merge(g.name(), 1, Integer::sum));
      if (!p.seldomHeardGroups().isEmpty()) {
        inAny++;
      }
    }
    boolean totalShown = inAny == 0 || inAny >= k;
    SmallCellSuppression.Result hide = SmallCellSuppression.apply(counts, totalShown, k);

    for (SeldomHeardGroup g : SeldomHeardGroup.values()) {
      int n = counts.get(g.name());
      if (n == 0) {
        out.addSeldomHeardNotReached(g);
        continue;
      }
      SeldomHeardReach.Builder row = SeldomHeardReach.builder().group(g);
      SmallCellSuppression.Reason reason = hide.suppressed().get(g.name());
      if (reason == null) {
        row.people(n);
      } else if (reason == SmallCellSuppression.Reason.FEWER_THAN_K) {
        row.suppressed("suppressed: fewer than " + k + " people");
      } else {
        row.suppressed(
            "suppressed: hidden as well, so that a smaller count cannot be worked out from the"
                + " total");
      }
      out.addSeldomHeard(row.build());
    }

    // A shown total is at least k, so a group alone under it is never below k: the total can
    // only give a group away when it is hidden anyway.
    if (totalShown) {
      out.peopleInSeldomHeardGroups(inAny);
    } else {
      out.peopleInSeldomHeardGroupsSuppressed("suppressed: fewer than " + k + " people");
    }
  }
}
