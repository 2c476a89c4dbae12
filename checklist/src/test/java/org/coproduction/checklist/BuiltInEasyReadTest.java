package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.checklist.internal.Readability;
import org.junit.jupiter.api.Test;

class BuiltInEasyReadTest {
  static final List<Checklist> BUILT_IN =
      List.of(
          BuiltInChecklist.get(), RecommendationsSelfAssessment.get(), LadderQuestionnaire.get());

  /** Sentences the built-in easy-read texts had before they were rewritten, all passive. */
  static final List<String> OLD_PASSIVE =
      List.of(
          "Nothing was decided before they joined.",
          "The answer was not picked before people met.",
          "They were taken seriously.",
          "They were not turned down just for being new.",
          "People who gave an idea were told what happened to it.",
          "If it was not used, they were told why.",
          "If others were paid, they were paid too.",
          "People were told about each meeting two weeks or more before it.",
          "People were asked when they can come.",
          "All five were asked, and all five came.",
          "Every idea people gave was written down.",
          "People were asked how they like to get news.",
          "Hard words were explained.",
          "Sometimes services are bought from others.",
          "People who use services help choose what is bought.",
          "The work is checked often.",
          "Does it keep to what was agreed?",
          "This is used to do better next time.",
          "Decisions were made together.",
          "Some people are often left out.",
          "These were used.",
          "People were not seen only by their needs.",
          "Some things cannot be decided together.",
          "People were told which ones, and why.",
          "We bring everyone in at the very start, before anything is decided.",
          "Nobody is shut out.");

  /** Sentences the built-in easy-read texts had before they were rewritten, all fragments. */
  static final List<String> OLD_FRAGMENTS =
      List.of(
          "People who use services.",
          "Carers.",
          "The public.",
          "People who run services.",
          "Staff.",
          "For example email, phone, post or easy read.",
          "For example, help to get ready for meetings.",
          "Working together counts when choosing who to buy from.",
          "Not just if meetings went well.",
          "Planning the service.",
          "Deciding about money, staff and time.",
          "Running the service.",
          "Checking how well the service works.");

  /** Whole, active sentences with the shapes the detectors must let through. */
  static final List<String> WHOLE_AND_ACTIVE =
      List.of(
          "Some ideas were new or different.",
          "Meetings were at those times.",
          "Help with seeing and hearing was there for those who need it.",
          "The people in charge want this way of working.",
          "People who use services help choose which services to buy.",
          "Working together is part of everything we do.",
          "Everyone talks about risks together.",
          "Training helps people do their part.",
          "Does it make a real difference?",
          "Everyone's view mattered the same.",
          "Reviews ask if people's lives are better.");

  private static List<String> sentences() {
    List<String> sentences = new ArrayList<>();
    for (Checklist checklist : BUILT_IN) {
      for (ChecklistItem item : checklist.items()) {
        Readability.sentences(item.easyRead())
            .forEach(s -> sentences.add(checklist.ref().id() + " " + item.id() + ": " + s));
      }
    }
    return sentences;
  }

  private static String sentenceOf(String labelled) {
    return labelled.substring(labelled.indexOf(": ") + 2);
  }

  @Test
  void everyEasyReadSentenceSaysWhoDoesWhat() {
    List<String> passive =
        sentences().stream().filter(s -> EasyReadSentences.passive(sentenceOf(s))).toList();
    assertEquals(List.of(), passive, "passive easy-read sentences");
  }

  @Test
  void everyEasyReadSentenceIsAWholeSentence() {
    List<String> fragments =
        sentences().stream().filter(s -> EasyReadSentences.fragment(sentenceOf(s))).toList();
    assertEquals(List.of(), fragments, "easy-read sentences without a subject and a verb");
  }

  @Test
  void findsEveryPassiveSentenceTheEasyReadTextsUsedToHave() {
    OLD_PASSIVE.forEach(s -> assertTrue(EasyReadSentences.passive(s), s));
    WHOLE_AND_ACTIVE.forEach(s -> assertFalse(EasyReadSentences.passive(s), s));
  }

  @Test
  void findsEveryFragmentTheEasyReadTextsUsedToHave() {
    OLD_FRAGMENTS.forEach(s -> assertTrue(EasyReadSentences.fragment(s), s));
    WHOLE_AND_ACTIVE.forEach(s -> assertFalse(EasyReadSentences.fragment(s), s));
  }
}
