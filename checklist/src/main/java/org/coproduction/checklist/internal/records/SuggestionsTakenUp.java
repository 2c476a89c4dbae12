package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.SUGGESTION_ORDER;
import static org.coproduction.checklist.internal.records.RecordSupport.sorted;
import static org.coproduction.checklist.records.RecordChecks.IDEAS_SHAPE_RESULT;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.OutcomeReason;
import org.coproduction.core.initiative.Suggestion;

/**
 * The record check behind {@link
 * org.coproduction.checklist.records.RecordChecks#suggestionsTakenUp}, where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuggestionsTakenUp {
  private SuggestionsTakenUp() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    int decided = 0;
    int takenUp = 0;
    List<Evidence> notTakenUp = new ArrayList<>();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (!s.outcome().isDecided()) {
        continue;
      }
      decided++;
      if (s.outcome().isTakenUp()) {
        takenUp++;
      } else {
        String why =
            s.outcomeReason().map(OutcomeReason::plainWords).orElse("no kind of reason recorded");
        notTakenUp.add(
            RecordSupport.evidence(Evidence.Kind.SUGGESTION, s.id(), "not taken up (" + why + ")"));
      }
    }
    if (decided == 0) {
      return Tally.answer(IDEAS_SHAPE_RESULT, Answer.NOT_APPLICABLE, List.of());
    }
    Answer answer;
    if (takenUp == 0) {
      answer = Answer.NO;
    } else if ((double) takenUp / decided >= settings.takenUpShare()) {
      answer = Answer.YES;
    } else {
      answer = Answer.PARTLY;
    }
    return Tally.answer(IDEAS_SHAPE_RESULT, answer, answer == Answer.YES ? List.of() : notTakenUp);
  }
}
