package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hours in the words people use, as explanations and messages show them. */
class RatesWordsTest {

  @Test
  void wholeHoursMinutesAndSecondsAreSpelledOut() {
    assertEquals("1 hour", Rates.words(Duration.ofHours(1)));
    assertEquals("6 hours 1 minute", Rates.words(Duration.ofMinutes(361)));
    assertEquals("2 minutes 1 second", Rates.words(Duration.ofSeconds(121)));
    assertEquals("1 hour 2 seconds", Rates.words(Duration.ofSeconds(3602)));
  }

  @Test
  void noTimeAtAllIsZeroHours() {
    assertEquals("0 hours", Rates.words(Duration.ZERO));
  }

  @Test
  void fractionsOfASecondKeepTheIsoForm() {
    assertEquals("PT1.5S", Rates.words(Duration.ofMillis(1500)));
  }

  @Test
  void negativeTimeHasAMinusSign() {
    assertEquals("-1 hour 30 minutes", Rates.words(Duration.ofMinutes(-90)));
  }
}
