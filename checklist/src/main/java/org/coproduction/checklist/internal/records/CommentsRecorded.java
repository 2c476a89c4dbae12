package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.SUGGESTION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.evidence;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.COMMENTS_RECORDED;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.Suggestion;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#commentsRecorded},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class CommentsRecorded {
  private CommentsRecorded() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Tally minutes = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.minutesKept()) {
        minutes.pass();
      } else {
        minutes.fail(Evidence.Kind.MEETING, m.id(), "no minutes were kept");
      }
    }
    Tally suggestions = new Tally();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (s.recorded()) {
        suggestions.pass();
      } else {
        suggestions.fail(
            Evidence.Kind.SUGGESTION, s.id(), "not written into the minutes or other records");
      }
    }
    List<Evidence> evidence = new ArrayList<>(minutes.evidence());
    evidence.addAll(suggestions.evidence());
    return Tally.answer(
        COMMENTS_RECORDED,
        Tally.worst(minutes.byShare(settings), suggestions.byShare(settings)),
        evidence);
  }
}
