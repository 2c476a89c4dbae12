package org.coproduction.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void countsSyllablesWithTheTestedCounter() {
    // The word list lives in SyllablesTest; here only that the score uses the same counter.
    for (String word : List.of("experience", "principles", "people", "co-production", "14")) {
      assertEquals(Syllables.count(word), Readability.syllables(word), word);
    }
  }

  @Test
  void matchesThePublishedScoreOfAVeryEasySentence() {
    // "The cat sat on the mat." has 1 sentence, 6 words and 6 syllables: 116.145.
    assertEquals(116.145, Readability.fleschReadingEase(1, 6, 6), 1e-9);
    assertEquals(116.145, Readability.fleschReadingEase("The cat sat on the mat."), 1e-9);
  }

  @Test
  void matchesThePublishedScoreOfAHardSentence() {
    // 1 sentence, 13 words, 26 syllables: 24.44.
    String platypus =
        "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
    assertEquals(13, Readability.words(platypus).size());
    int syllables = Readability.words(platypus).stream().mapToInt(Readability::syllables).sum();
    assertEquals(26, syllables);
    assertEquals(24.44, Readability.fleschReadingEase(platypus), 1e-9);
  }

  @Test
  void longerSentencesScoreLowerThanTheSameWordsInShortOnes() {
    double oneLong =
        Readability.fleschReadingEase("We met and we talked and we agreed and we went home.");
    double fourShort = Readability.fleschReadingEase("We met. We talked. We agreed. We went home.");
    assertEquals(4, Readability.sentences("We met. We talked. We agreed. We went home.").size());
    assertEquals(true, fourShort > oneLong, fourShort + " should be above " + oneLong);
  }

  @Test
  void splitsSentencesAndWordsIgnoringPunctuation() {
    assertEquals(
        List.of("Is it done?", "Yes!", "It was done in good time"),
        Readability.sentences("Is it done? Yes! It was done in good time"));
    assertEquals(
        List.of("People's", "views", "co-production", "3"),
        Readability.words("  \"People's\" views -- (co-production), 3. "));
    assertEquals(List.of("1.5", "hours"), Readability.words("1.5 hours"));
    assertEquals(1, Readability.sentences("It took 1.5 hours.").size());
  }

  @Test
  void textWithoutWordsHasNoScore() {
    assertThrows(IllegalArgumentException.class, () -> Readability.fleschReadingEase(" -- . "));
  }
}
