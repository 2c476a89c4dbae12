package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.coproduction.checklist.internal.Readability;
import org.junit.jupiter.api.Test;

class HardestStatementsTest {
  /**
   * Flesch reading ease of the built-in checklist's five hardest statements before they were
   * rewritten, counted with the tested syllable counter on the old texts, which were:
   *
   * <ul>
   *   <li>shared-understanding: "Everyone agreed what co-production means here. They agreed the
   *       principles to follow and what the work should achieve."
   *   <li>venue-access: "Each place where people met suited the access needs of everyone who came,
   *       such as for moving around, seeing and hearing."
   *   <li>every-voice-counts: "Everyone's view had the same weight, whether they use services, care
   *       for someone or work in services."
   *   <li>fair-facilitation: "Meetings were led in a way that gave everyone a fair say, and the
   *       group thought about having someone independent lead them."
   *   <li>plain-language: "Papers and talk were in plain words, with any jargon explained, so
   *       everyone could follow."
   * </ul>
   */
  static final Map<String, Double> EASE_BEFORE =
      Map.of(
          "shared-understanding", 61.400,
          "venue-access", 64.663,
          "every-voice-counts", 65.168,
          "fair-facilitation", 65.296,
          "plain-language", 67.530);

  @Test
  void eachOfTheFiveHardestStatementsIsTenPointsEasierThanBefore() {
    Checklist police = BuiltInChecklist.get();
    EASE_BEFORE.forEach(
        (id, before) -> {
          String statement = police.item(id).orElseThrow().statement();
          double ease = Readability.fleschReadingEase(statement);
          assertTrue(ease >= before + 10, id + ": " + ease + " for: " + statement);
        });
  }
}
