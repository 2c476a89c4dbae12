package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordComparisonTest.RECORDS_NO;
import static org.coproduction.checklist.records.RecordComparisonTest.RECORDS_YES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordComparison.Disagreement;
import org.junit.jupiter.api.Test;

/**
 * "Most raters" is exactly more than half of the scored answers, on both sides of a records answer,
 * and a PARTLY counts among the scored answers.
 */
class RecordComparisonEdgesTest {
  private static RecordComparison against(RecordAnswer records, Answer... answers) {
    List<ItemResponse> raters =
        Arrays.stream(answers)
            .map(a -> ItemResponse.of("notice-given", a))
            .collect(Collectors.toList());
    return RecordComparison.of(records, raters);
  }

  @Test
  void halfTheRatersSayingNoAgainstRecordsOfYesIsNotADisagreement() {
    assertEquals(Disagreement.NONE, against(RECORDS_YES, Answer.NO, Answer.YES).disagreement());
  }

  @Test
  void partlyAnswersCountAmongTheScoredAnswers() {
    // 2 yes of 4 scored answers is half, not most.
    assertEquals(
        Disagreement.NONE,
        against(RECORDS_NO, Answer.YES, Answer.YES, Answer.PARTLY, Answer.PARTLY).disagreement());
    assertEquals(
        Disagreement.NONE,
        against(RECORDS_YES, Answer.NO, Answer.NO, Answer.PARTLY, Answer.PARTLY).disagreement());
  }

  @Test
  void answersThatAreNotScoredAreLeftOutOfTheCount() {
    // 2 no of 3 scored answers is most, whatever the two who did not know said.
    assertEquals(
        Disagreement.RECORDS_YES_RATERS_NO,
        against(
                RECORDS_YES,
                Answer.NO,
                Answer.NO,
                Answer.YES,
                Answer.DONT_KNOW,
                Answer.NOT_APPLICABLE)
            .disagreement());
  }
}
