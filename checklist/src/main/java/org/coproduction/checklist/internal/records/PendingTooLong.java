package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.SUGGESTION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.OUTCOMES_FED_BACK;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Suggestion;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#pendingTooLong},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class PendingTooLong {
  private PendingTooLong() {}

  /**
   * Answers the pending part of the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @param asOf the day the records are judged on; empty when the records hold no date
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(
      Initiative initiative, RecordCheckSettings settings, Optional<LocalDate> asOf) {
    if (asOf.isEmpty()) {
      return Tally.answer(OUTCOMES_FED_BACK, Answer.NOT_APPLICABLE, List.of());
    }
    LocalDate end = asOf.get();
    Tally pending = new Tally();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (s.outcome().isDecided() || s.raisedOn().isAfter(end)) {
        continue;
      }
      long waited = ChronoUnit.DAYS.between(s.raisedOn(), end);
      if (waited > settings.longestPendingDays()) {
        pending.fail(
            Evidence.Kind.SUGGESTION,
            s.id(),
            "still pending "
                + waited
                + " days after it was raised, on "
                + end
                + "; at most "
                + settings.longestPendingDays()
                + " allowed");
      } else {
        pending.pass();
      }
    }
    return Tally.answer(OUTCOMES_FED_BACK, pending.byShare(settings), pending.evidence());
  }
}
