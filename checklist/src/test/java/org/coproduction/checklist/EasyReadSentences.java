package org.coproduction.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coproduction.checklist.internal.Readability;

/**
 * Two checks on easy-read sentences, from the easy-read rule that each sentence says who does what:
 * it must not be passive ("Decisions were made together") and must not be a fragment ("For example,
 * help to get ready for meetings."). Both are simple word rules, not a grammar: they find the
 * shapes the built-in checklists' easy-read texts used to have, and a new sentence that trips them
 * can nearly always be said more plainly.
 */
final class EasyReadSentences {
  private static final Set<String> BE =
      Set.of(
          "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't",
          "weren't");

  /** Words that may stand between "be" and its participle: "was not picked", "were all asked". */
  private static final Set<String> BETWEEN =
      Set.of("not", "never", "also", "often", "always", "only", "just", "already", "still", "all");

  private static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of(
          "made",
          "told",
          "given",
          "taken",
          "done",
          "seen",
          "known",
          "held",
          "kept",
          "paid",
          "bought",
          "left",
          "led",
          "met",
          "put",
          "set",
          "shut",
          "written",
          "chosen",
          "heard",
          "sent",
          "brought",
          "thought",
          "found",
          "spent",
          "shown",
          "built",
          "said",
          "understood",
          "meant",
          "read",
          "run",
          "won",
          "got",
          "felt",
          "sold",
          "taught",
          "lost",
          "let",
          "cut",
          "forgotten",
          "hidden",
          "spoken",
          "broken");

  /** Words ending in -ed that are not participles, and adjectives that follow "be". */
  private static final Set<String> NOT_PASSIVE =
      Set.of("indeed", "hundred", "need", "speed", "interested", "worried", "pleased", "tired");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "am",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "can",
          "could",
          "will",
          "would",
          "should",
          "must",
          "may",
          "might",
          "shall",
          "isn't",
          "aren't",
          "wasn't",
          "weren't",
          "don't",
          "doesn't",
          "didn't",
          "can't",
          "cannot",
          "won't",
          "wouldn't",
          "couldn't",
          "shouldn't");

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "made",
          "told",
          "gave",
          "took",
          "did",
          "saw",
          "knew",
          "held",
          "kept",
          "paid",
          "bought",
          "left",
          "led",
          "met",
          "put",
          "set",
          "wrote",
          "chose",
          "heard",
          "sent",
          "brought",
          "thought",
          "found",
          "spent",
          "showed",
          "built",
          "said",
          "understood",
          "meant",
          "ran",
          "won",
          "got",
          "felt",
          "sold",
          "taught",
          "lost",
          "came",
          "went",
          "had",
          "sat",
          "spoke");

  /** Openings that lean on the sentence before: "For example email, phone or post." */
  private static final List<String> LEANING_OPENINGS =
      List.of("for example", "such as", "not just", "not only", "like ", "or ", "and ");

  /** Words that cannot follow a subject as its verb: "People who use services." */
  private static final Set<String> NOT_A_VERB =
      Set.of(
          "who", "whom", "whose", "which", "that", "what", "how", "when", "where", "why", "if",
          "the", "a", "an", "this", "these", "those", "our", "their", "its", "his", "her", "my",
          "your", "about", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or",
          "but");

  /** Words that open a phrase inside a subject: "The people in charge want". */
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "of", "at", "on", "with", "from", "for", "by", "to", "about");

  /** Words that open a short clause inside a subject: "People who use services help". */
  private static final Set<String> RELATIVES = Set.of("who", "that", "which");

  /** Words that open a subject of two words: "The work uses", "Some ideas were". */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "each",
          "every", "some", "no", "any", "all", "his", "her", "my", "your");

  private EasyReadSentences() {}

  /**
   * Whether a sentence is passive: a form of "be", then at most two of a few small words such as
   * "not", then a past participle (a word ending in -ed, or an irregular one such as "made").
   */
  static boolean passive(String sentence) {
    List<String> words = words(sentence);
    for (int i = 0; i < words.size(); i++) {
      if (!BE.contains(words.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j <= i + 2 && BETWEEN.contains(words.get(j))) {
        j++;
      }
      if (j < words.size() && participle(words.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is a fragment: it opens by leaning on the sentence before ("For example",
   * "Not just"), or it has no finite verb. A finite verb is a form of "be", "have" or "do" or a
   * modal such as "can", a past tense (a word ending in -ed, or an irregular one such as "went"),
   * or, for a sentence that does not open with an -ing word ("Planning the service."), the word
   * after its opening subject. The subject is its first word, or its first two when the first is a
   * word such as "the" or "some", followed by any phrases such as "in charge" and a clause of three
   * words such as "who use services"; the word after it must exist and must not be one such as
   * "who", "how" or "the" that cannot be a verb ("People who use services.").
   */
  static boolean fragment(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (LEANING_OPENINGS.stream().anyMatch(lower::startsWith)) {
      return true;
    }
    List<String> words = words(sentence);
    for (String w : words) {
      if (AUXILIARIES.contains(w) || IRREGULAR_PAST.contains(w) || pastEd(w)) {
        return false;
      }
    }
    if (words.isEmpty() || words.get(0).endsWith("ing")) {
      return true;
    }
    int verb = DETERMINERS.contains(words.get(0)) ? 2 : 1;
    while (verb < words.size() && PREPOSITIONS.contains(words.get(verb))) {
      verb += 2;
    }
    if (verb < words.size() && RELATIVES.contains(words.get(verb))) {
      verb += 3;
    }
    return verb >= words.size() || NOT_A_VERB.contains(words.get(verb));
  }

  private static boolean participle(String w) {
    return IRREGULAR_PARTICIPLES.contains(w) || pastEd(w);
  }

  private static boolean pastEd(String w) {
    return w.length() > 3 && w.endsWith("ed") && !NOT_PASSIVE.contains(w);
  }

  private static List<String> words(String sentence) {
    return Readability.words(sentence).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
