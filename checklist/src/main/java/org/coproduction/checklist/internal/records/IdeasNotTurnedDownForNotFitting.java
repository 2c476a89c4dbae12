package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.SUGGESTION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.NEW_IDEAS_WELCOME;

import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Suggestion;

/**
 * The record check behind {@link
 * org.coproduction.checklist.records.RecordChecks#ideasNotTurnedDownForNotFitting}, where its rule
 * is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class IdeasNotTurnedDownForNotFitting {
  private IdeasNotTurnedDownForNotFitting() {}

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
      if (s.rejectedForNotFitting()) {
        suggestions.fail(
            Evidence.Kind.SUGGESTION,
            s.id(),
            "turned down because it does not fit the current model or way of working");
      } else {
        suggestions.pass();
      }
    }
    return Tally.answer(NEW_IDEAS_WELCOME, suggestions.byShare(settings), suggestions.evidence());
  }
}
