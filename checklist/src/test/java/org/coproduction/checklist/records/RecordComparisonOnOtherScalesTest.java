package org.coproduction.checklist.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.junit.jupiter.api.Test;

class RecordComparisonOnOtherScalesTest {

  @Test
  void answersOnAnotherScaleAreLeftOutOfTheYesPartlyNoCountsRatherThanRefused() {
    RecordComparison c =
        RecordComparison.of(
            RecordAnswer.builder().itemId("notice-given").answer(Answer.YES).build(),
            List.of(
                ItemResponse.of("notice-given", "STRONGLY_DISAGREE"),
                ItemResponse.of("notice-given", Answer.NO)));
    assertEquals(1, c.raterCounts().get(Answer.NO));
    assertEquals(1, c.raterCounts().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(RecordComparison.Disagreement.RECORDS_YES_RATERS_NO, c.disagreement());
  }
}
