package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.scoring.flags.RecordsVersusRaters;
import org.junit.jupiter.api.Test;

/** The one rule for records against raters, as red flags and reports call it. */
class RecordsVersusRatersTest {

  @Test
  void recordsSayingNoAreWorseFromFiftyPointsUp() {
    assertEquals(
        Optional.of(RecordsVersusRaters.RECORDS_WORSE), RecordsVersusRaters.compare(Answer.NO, 50));
    assertEquals(
        Optional.of(RecordsVersusRaters.AGREE), RecordsVersusRaters.compare(Answer.NO, 49.9));
  }

  @Test
  void recordsSayingYesAreBetterFromFiftyPointsDown() {
    assertEquals(
        Optional.of(RecordsVersusRaters.RECORDS_BETTER),
        RecordsVersusRaters.compare(Answer.YES, 50));
    assertEquals(
        Optional.of(RecordsVersusRaters.AGREE), RecordsVersusRaters.compare(Answer.YES, 50.1));
  }

  @Test
  void partlyIsWorthFiftyPoints() {
    assertEquals(
        Optional.of(RecordsVersusRaters.RECORDS_WORSE),
        RecordsVersusRaters.compare(Answer.PARTLY, 100));
    assertEquals(
        Optional.of(RecordsVersusRaters.RECORDS_BETTER),
        RecordsVersusRaters.compare(Answer.PARTLY, 0));
    assertEquals(
        Optional.of(RecordsVersusRaters.AGREE), RecordsVersusRaters.compare(Answer.PARTLY, 99.9));
  }

  @Test
  void recordsThatDoNotKnowOrDoNotApplyAreNotCompared() {
    assertEquals(Optional.empty(), RecordsVersusRaters.compare(Answer.DONT_KNOW, 0));
    assertEquals(Optional.empty(), RecordsVersusRaters.compare(Answer.NOT_APPLICABLE, 100));
  }

  @Test
  void theGapIsFiftyPoints() {
    assertEquals(50, RecordsVersusRaters.WIDE_GAP);
  }
}
