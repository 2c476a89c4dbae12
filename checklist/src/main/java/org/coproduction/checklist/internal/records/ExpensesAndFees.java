package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.byId;
import static org.coproduction.checklist.internal.records.RecordSupport.feeOwed;
import static org.coproduction.checklist.records.RecordChecks.EXPENSES_AND_FEES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.Participant;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#expensesAndFees},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExpensesAndFees {
  private ExpensesAndFees() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      List<String> findings = new ArrayList<>();
      if (!m.expensesOffered()) {
        findings.add("expenses were not offered");
      }
      if (!m.feesOffered() && feeOwed(m, people)) {
        findings.add(
            "no fee was offered to people who use services or carers,"
                + " though others in the room were there as part of a paid job");
      }
      meetings.count(Evidence.Kind.MEETING, m.id(), findings);
    }
    return Tally.answer(EXPENSES_AND_FEES, meetings.byShare(settings), meetings.evidence());
  }
}
