package org.coproduction.scoring.internal.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.scoring.perspectives.Side;
import org.junit.jupiter.api.Test;

/** The words reasons use for the two sides. */
class WordsTest {

  @Test
  void eachSideHasItsOwnWords() {
    assertEquals("people who use services and carers", Words.side(Side.LIVED_EXPERIENCE));
    assertEquals("the people who commission, run and work in services", Words.side(Side.PROVIDER));
  }
}
