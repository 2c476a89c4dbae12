package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.byId;
import static org.coproduction.checklist.records.RecordChecks.VENUE_ACCESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.Participant;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#venueAccess},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class VenueAccess {
  private VenueAccess() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(VENUE_ACCESS, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.attended().isEmpty() && m.invited().isEmpty()) {
        continue;
      }
      long came = m.attended().stream().filter(id -> unmet(m, people.get(id))).count();
      long stayedAway =
          m.invitedButAbsent().stream().filter(id -> unmet(m, people.get(id))).count();
      List<String> findings = new ArrayList<>();
      if (came > 0) {
        findings.add(
            came == 1
                ? "1 attendee's access needs were not met"
                : came + " attendees' access needs were not met");
      }
      if (stayedAway > 0) {
        findings.add(
            stayedAway == 1
                ? "1 person invited who stayed away had access needs the venue did not meet"
                : stayedAway
                    + " people invited who stayed away had access needs the venue did not meet");
      }
      meetings.count(Evidence.Kind.MEETING, m.id(), findings);
    }
    if (meetings.isEmpty()) {
      return Tally.answer(VENUE_ACCESS, Answer.DONT_KNOW, List.of());
    }
    return Tally.answer(VENUE_ACCESS, meetings.byShare(settings), meetings.evidence());
  }

  private static boolean unmet(Meeting m, Participant p) {
    return !m.unmetAccessNeeds(p).isEmpty();
  }
}
