package org.coproduction.report.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.coproduction.checklist.internal.Readability;
import org.coproduction.core.initiative.OutcomeReason;
import org.junit.jupiter.api.Test;

/** Each kind of outcome of a suggestion has its own plain words, in short and easy sentences. */
class SuggestionsEasyReadTest {
  @Test
  void everyOutcomeReasonAndTheUnsaidReasonHaveTheirOwnShortEasySentences() {
    List<Optional<OutcomeReason>> reasons = new ArrayList<>();
    reasons.add(Optional.empty());
    for (OutcomeReason reason : OutcomeReason.values()) {
      reasons.add(Optional.of(reason));
    }
    List<String> texts = reasons.stream().map(SuggestionsEasyRead::outcome).toList();
    assertEquals(reasons.size(), new HashSet<>(texts).size(), "each reason says something else");
    for (String text : texts) {
      for (String sentence : Readability.sentences(text)) {
        assertTrue(Readability.words(sentence).size() <= 15, sentence);
      }
      assertTrue(Readability.fleschReadingEase(text) >= 70, text);
    }
    assertTrue(Readability.fleschReadingEase(String.join(" ", texts)) >= 70);
  }

  @Test
  void aTurnedDownIdeaSaysWhyInPlainWords() {
    assertEquals(
        "We could not do it. There was not enough money.",
        SuggestionsEasyRead.outcome(Optional.of(OutcomeReason.NOT_WITHIN_BUDGET)));
    assertEquals(
        "We could not do it. This group cannot decide it.",
        SuggestionsEasyRead.outcome(Optional.of(OutcomeReason.OUTSIDE_GROUP_REMIT)));
    assertEquals(
        "We did not do it. We said it did not fit the way we work now.",
        SuggestionsEasyRead.outcome(Optional.of(OutcomeReason.DOES_NOT_FIT_CURRENT_MODEL)));
    assertEquals(
        "We have not decided yet.",
        SuggestionsEasyRead.outcome(Optional.of(OutcomeReason.STILL_PENDING)));
  }
}
