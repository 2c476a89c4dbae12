package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.junit.jupiter.api.Test;

/** The one rule for records against raters, as red flags and reports call it. */
class RecordComparisonTest {

  @Test
  void recordsSayingNoAreWorseFromFiftyPointsUp() {
    assertEquals(
        Optional.of(RecordComparison.RECORDS_WORSE), RecordComparison.compare(Answer.NO, 50));
    assertEquals(Optional.of(RecordComparison.AGREE), RecordComparison.compare(Answer.NO, 49.9));
  }

  @Test
  void recordsSayingYesAreBetterFromFiftyPointsDown() {
    assertEquals(
        Optional.of(RecordComparison.RECORDS_BETTER), RecordComparison.compare(Answer.YES, 50));
    assertEquals(Optional.of(RecordComparison.AGREE), RecordComparison.compare(Answer.YES, 50.1));
  }

  @Test
  void partlyIsWorthFiftyPoints() {
    assertEquals(
        Optional.of(RecordComparison.RECORDS_WORSE), RecordComparison.compare(Answer.PARTLY, 100));
    assertEquals(
        Optional.of(RecordComparison.RECORDS_BETTER), RecordComparison.compare(Answer.PARTLY, 0));
    assertEquals(
        Optional.of(RecordComparison.AGREE), RecordComparison.compare(Answer.PARTLY, 99.9));
  }

  @Test
  void recordsThatDoNotKnowOrDoNotApplyAreNotCompared() {
    assertEquals(Optional.empty(), RecordComparison.compare(Answer.DONT_KNOW, 0));
    assertEquals(Optional.empty(), RecordComparison.compare(Answer.NOT_APPLICABLE, 100));
  }

  @Test
  void theGapIsFiftyPoints() {
    assertEquals(50, RecordComparison.WIDE_GAP);
  }
}
