package org.coproduction.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SyllablesTest {

  /**
   * Words with their syllables as a standard English dictionary divides them (its hyphenation, and
   * its pronunciation where the hyphenation does not set off a single letter, as in i-de-a). Common
   * words, words the built-in checklists use, and words that show each rule and its exceptions.
   * Words whose count is disputed are left out: "business" is hyphenated bus-i-ness but said
   * "biz-ness", and "family" and "theory" are said both ways.
   */
  private static final String KNOWN =
      """
      1: the cat yes make whole times asked help group said through thought judged known change
         fees stage place used rules where there eyes were one some come done those called paid
         tried they you
      2: agreed needed table people people's changes places being going doing saying meeting
         meetings equal language social every someone something sometimes science client quiet
         knowledge carers excuse achieve prepare practice service money only often answer nothing
         before because into taken written explained managed value issue unique colleague safely
         useful careful statement player beyond settled studied travelled fluent listened happened
         create creature algae 14
      3: decided recognised organised everyone everyone's anyone anything everything somebody
         different principles usual idea ideas area areas media created creation services
         important already example expenses decisions invited together audience period radio
         video obvious serious previous influence disabled completely management agreement
         involvement element employee dementia nobody however
      4: experience co-production Australian reptilian community independent information
         seriously actually interested society variety ability everybody especially geography
      5: organisation opportunity immediately
      6: accessibility
      """;

  private static Map<String, Integer> known() {
    Map<String, Integer> known = new TreeMap<>();
    int syllables = 0;
    for (String line : KNOWN.strip().split("\n")) {
      String words = line.strip();
      int colon = words.indexOf(':');
      if (colon > 0) {
        syllables = Integer.parseInt(words.substring(0, colon));
        words = words.substring(colon + 1);
      }
      for (String word : words.strip().split("\\s+")) {
        known.put(word, syllables);
      }
    }
    return known;
  }

  @Test
  void countsTheSyllablesOfEveryWordInTheList() {
    Map<String, Integer> known = known();
    Map<String, Integer> counted = new TreeMap<>();
    known.keySet().forEach(w -> counted.put(w, Syllables.count(w)));
    assertEquals(known, counted);
  }

  @Test
  void theListIsLongEnoughToTrust() {
    assertTrue(known().size() >= 60, known().size() + " words");
  }

  @Test
  void countsTheLongWordsTheChecklistUsesInFull() {
    // Undercounting these made the checklist's wording look easier than it is.
    assertEquals(4, Syllables.count("experience"));
    assertEquals(3, Syllables.count("principles"));
    assertEquals(2, Syllables.count("science"));
    assertEquals(3, Syllables.count("created"));
    assertEquals(4, Syllables.count("seriously"));
  }

  @Test
  void ignoresCaseAndPunctuationAndCountsDigits() {
    assertEquals(Syllables.count("experience"), Syllables.count("\"Experience,\""));
    assertEquals(4, Syllables.count("2026"));
    assertEquals(0, Syllables.count("--"));
  }
}
