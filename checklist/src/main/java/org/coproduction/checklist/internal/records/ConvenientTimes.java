package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.byId;
import static org.coproduction.checklist.records.RecordChecks.CONVENIENT_TIMES;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.Participant;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#convenientTimes},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConvenientTimes {
  private ConvenientTimes() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(CONVENIENT_TIMES, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      List<Participant> stated =
          m.invited().stream()
              .map(people::get)
              .filter(p -> !p.availability().isEmpty())
              .collect(Collectors.toList());
      if (stated.isEmpty()) {
        continue;
      }
      long unsuited = stated.stream().filter(p -> !m.timesSuit(p)).count();
      if (unsuited == 0) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            unsuited
                + " of "
                + stated.size()
                + (stated.size() == 1 ? " invitee" : " invitees")
                + " who said when they can come could not come at this time");
      }
    }
    if (meetings.isEmpty()) {
      return Tally.answer(CONVENIENT_TIMES, Answer.DONT_KNOW, List.of());
    }
    return Tally.answer(CONVENIENT_TIMES, meetings.byShare(settings), meetings.evidence());
  }
}
