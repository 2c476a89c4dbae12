package org.coproduction.scoring.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spread of one item's scores, worked by hand. */
class SpreadTest {
  private static final double EXACT = 1e-12;

  @Test
  void fiveRatersMostlySayingYes() {
    // Scores 1, 1, 1, 0.5, 0: mean 3.5 / 5 = 0.7.
    // Squared deviations 0.09 * 3 + 0.04 + 0.49 = 0.8; variance 0.8 / 5 = 0.16; SD 0.4.
    // Most common score 1, given by 3 of 5: modal share 0.6.
    Spread spread = Spread.of(new double[] {1, 0.5, 1, 0, 1}).orElseThrow();
    assertEquals(5, spread.count());
    assertEquals(0.7, spread.mean(), EXACT);
    assertEquals(0.4, spread.standardDeviation(), EXACT);
    assertEquals(0.6, spread.modalShare(), EXACT);
  }

  @Test
  void anEvenSplitBetweenYesAndNoHasTheLargestSpread() {
    // Mean 0.5; every score is 0.5 from it, so the SD is 0.5; each answer has half the raters.
    Spread spread = Spread.of(new double[] {1, 0, 1, 0}).orElseThrow();
    assertEquals(0.5, spread.standardDeviation(), EXACT);
    assertEquals(0.5, spread.modalShare(), EXACT);
  }

  @Test
  void unanimousRatersHaveNoSpread() {
    assertEquals(Optional.of(new Spread(3, 0.1, 0, 1)), Spread.of(new double[] {0.1, 0.1, 0.1}));
  }

  @Test
  void aSingleRaterHasNoSpread() {
    assertEquals(Optional.of(new Spread(1, 0.5, 0, 1)), Spread.of(new double[] {0.5}));
  }

  @Test
  void nobodyAnsweredGivesNoSpread() {
    assertTrue(Spread.of(new double[0]).isEmpty());
  }

  @Test
  void aScoreThatIsNotANumberIsRejectedWithItsPlace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Spread.of(new double[] {1, Double.NaN}));
    assertEquals("score 1: must be a finite number, was NaN", e.getMessage());
  }

  @Test
  void aSpreadOutOfRangeCannotBeMade() {
    assertThrows(IllegalArgumentException.class, () -> new Spread(0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Spread(2, 0, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Spread(2, 0, 0, 0));
  }
}
