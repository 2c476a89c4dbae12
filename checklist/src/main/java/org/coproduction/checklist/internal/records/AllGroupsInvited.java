package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.byId;
import static org.coproduction.checklist.internal.records.RecordSupport.evidence;
import static org.coproduction.checklist.records.RecordChecks.ALL_GROUPS_INVITED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#allGroupsInvited},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllGroupsInvited {
  private AllGroupsInvited() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(ALL_GROUPS_INVITED, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Set<InterestGroup> reached = EnumSet.noneOf(InterestGroup.class);
    Set<InterestGroup> present = EnumSet.noneOf(InterestGroup.class);
    for (Meeting m : initiative.meetings()) {
      m.invited().forEach(id -> reached.add(people.get(id).interestGroup()));
      m.attended().forEach(id -> present.add(people.get(id).interestGroup()));
    }
    reached.addAll(present);
    if (reached.isEmpty()) {
      return Tally.answer(ALL_GROUPS_INVITED, Answer.DONT_KNOW, List.of());
    }
    int count = initiative.meetings().size();
    List<Evidence> evidence = new ArrayList<>();
    Answer answer = Answer.YES;
    for (InterestGroup g : InterestGroup.values()) {
      if (!reached.contains(g)) {
        answer = Answer.NO;
        evidence.add(
            evidence(
                Evidence.Kind.INTEREST_GROUP,
                g.name(),
                "no one from this group was invited to "
                    + (count == 1 ? "the meeting" : "any of the " + count + " meetings")));
      } else if (!present.contains(g)) {
        if (answer == Answer.YES) {
          answer = Answer.PARTLY;
        }
        evidence.add(
            evidence(
                Evidence.Kind.INTEREST_GROUP,
                g.name(),
                "invited, but no one from this group came to "
                    + (count == 1 ? "the meeting" : "any of the " + count + " meetings")));
      }
    }
    return Tally.answer(ALL_GROUPS_INVITED, answer, evidence);
  }
}
