package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.SUGGESTION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.OUTCOMES_FED_BACK;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Suggestion;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#outcomesFedBack},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class OutcomesFedBack {
  private OutcomesFedBack() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Tally suggestions = new Tally();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (!s.outcome().isDecided()) {
        continue;
      }
      List<String> findings = new ArrayList<>();
      if (!s.fedBack()) {
        // Never the person's id: a report is read by everyone in the room.
        findings.add(
            "the outcome ("
                + s.outcome().name().toLowerCase(Locale.ROOT)
                + ") was not fed back to the person who suggested it");
      }
      if (s.rejectedWithoutReason()) {
        findings.add("rejected with no reason given");
      }
      suggestions.count(Evidence.Kind.SUGGESTION, s.id(), findings);
    }
    return Tally.answer(OUTCOMES_FED_BACK, suggestions.byShare(settings), suggestions.evidence());
  }
}
