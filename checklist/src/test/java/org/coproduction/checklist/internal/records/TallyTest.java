package org.coproduction.checklist.internal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.checklist.Answer;
import org.junit.jupiter.api.Test;

/** An item made of several parts takes the worst part that could be judged. */
class TallyTest {

  @Test
  void partlyIsWorseThanYes() {
    assertEquals(Answer.PARTLY, Tally.worst(Answer.YES, Answer.PARTLY));
    assertEquals(Answer.PARTLY, Tally.worst(Answer.PARTLY, Answer.YES));
  }

  @Test
  void noIsWorseThanPartlyAndYes() {
    assertEquals(Answer.NO, Tally.worst(Answer.PARTLY, Answer.NO, Answer.YES));
  }

  @Test
  void aJudgedPartOutweighsAnUnclearOne() {
    assertEquals(Answer.YES, Tally.worst(Answer.DONT_KNOW, Answer.YES));
  }

  @Test
  void unclearPartsAloneGiveDontKnowAndPartsThatDoNotApplyGiveNotApplicable() {
    assertEquals(Answer.DONT_KNOW, Tally.worst(Answer.NOT_APPLICABLE, Answer.DONT_KNOW));
    assertEquals(Answer.NOT_APPLICABLE, Tally.worst(Answer.NOT_APPLICABLE, Answer.NOT_APPLICABLE));
    assertEquals(Answer.NOT_APPLICABLE, Tally.worst());
  }
}
