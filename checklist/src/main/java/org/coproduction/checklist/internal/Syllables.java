package org.coproduction.checklist.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Counts the syllables of an English word, for the Flesch reading ease that holds the built-in
 * checklists to plain English ({@link Readability}). Undercounting long words such as "experience"
 * makes hard wording look easy, so the counter is tested against a list of words with known counts.
 *
 * <p>English spelling has no exact rule, so this is a heuristic:
 *
 * <ol>
 *   <li>Keep the letters, in lower case. A word that starts with {@code every}, {@code any} or
 *       {@code some} is counted as that part (two, two and one syllables) plus the rest ({@code
 *       everyone}, {@code anything}, {@code sometimes}).
 *   <li>{@code y} is a consonant at the start of a word ({@code yes}) and between two vowels
 *       ({@code player}, {@code beyond}); elsewhere it is a vowel.
 *   <li>Count groups of adjacent vowels ({@code a e i o u y}).
 *   <li>Take off one for a silent {@code e}: a final {@code e} after a consonant ({@code make}), a
 *       final {@code -ed} after a consonant other than {@code t} or {@code d} ({@code asked}), a
 *       final {@code -es} after a consonant other than {@code s, x, z, c, g, h} ({@code times}),
 *       and an {@code e} after a consonant before the endings {@code -ly, -ful, -ment, -ness,
 *       -less} ({@code safely}, {@code statement}; but not the word's first vowel, as in {@code
 *       cement}, nor {@code element}). An {@code e} after a consonant and {@code l} is sounded
 *       ({@code people}, {@code principles}, {@code settled}), unless that consonant is {@code l},
 *       {@code r} or {@code w} ({@code called}). A final {@code -que}, or {@code -gue} after a
 *       vowel or {@code n}, is silent ({@code unique}, {@code colleague}; but {@code argue}).
 *   <li>Add one for each pair of vowels that is spoken as two syllables (the list in the source
 *       shows the exceptions to each): {@code media}, {@code period}, {@code experience}, {@code
 *       science}, {@code quiet}, {@code usual}, {@code fluent}, {@code video}, {@code idea}, {@code
 *       create}, and a vowel before a final {@code -ing} ({@code being}).
 *   <li>Every word has at least one syllable.
 * </ol>
 *
 * It gets common words right and may be one out on rarer ones ("lion", "poem").
 */
@API(status = INTERNAL, since = "0.1")
public final class Syllables {
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
  private static final String VOWELS = "aeiouy";

  /** Starts of compound words, with their syllables; the silent letters inside fool the rules. */
  private static final Map<String, Integer> COMPOUND_STARTS =
      Map.of("every", 2, "any", 2, "some", 1);

  /**
   * Places where two vowels side by side are spoken as two syllables, with the words that show why
   * each exception is there.
   */
  private static final List<Pattern> TWO_SYLLABLE_VOWEL_PAIRS =
      List.of(
          // media, Australian; but social, initial, Asia, Belgian
          Pattern.compile("(?<![ctsg])ia"),
          // period, serious, radio; but nation, vision, region, anxious, million, union,
          // behaviour
          Pattern.compile("(?<![ctsgxln])io(?!ur)"),
          // experience, audience, client; but patient, ancient, efficient
          Pattern.compile("(?<![ctsg])ie(?=n[ct])"),
          // science, scientist; quiet, society, variety
          Pattern.compile("^scie|iet"),
          // usual, actually; but equal, language
          Pattern.compile("(?<![qg])ua"),
          // fluent, influence; but frequent, sequence
          Pattern.compile("(?<![qg])ue(?=n)"),
          // video, theory, geography; but people, pigeon
          Pattern.compile("(?<![pg])eo|^geo"),
          // idea, areas, create, creation; but creature, great
          Pattern.compile("ea(?=s?$)|(?<=cr)ea(?=t(?!ur))"),
          // being, going, copying
          Pattern.compile("[aeiouy](?=ing$)"));

  private static final Pattern SILENT_E_BEFORE_ENDING =
      Pattern.compile("(?<=[^aeiouy])e(?=(ly|ful|ments?|ness|less)$)");

  private Syllables() {}

  /**
   * Counts the syllables of one word with the heuristic described on this class.
   *
   * @param word a word; surrounding punctuation is ignored
   * @return the number of syllables, 1 or more for any word with a letter or digit, else 0. A
   *     number written in digits counts one syllable per digit ({@code 14} is two, as in
   *     "fourteen").
   */
  public static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length();
    }
    return letters(w.replaceAll("[0-9]", ""));
  }

  private static int letters(String w) {
    for (Map.Entry<String, Integer> start : COMPOUND_STARTS.entrySet()) {
      if (w.equals(start.getKey())) {
        return start.getValue();
      }
      String rest = w.startsWith(start.getKey()) ? w.substring(start.getKey().length()) : "";
      if (VOWEL_GROUP.matcher(rest).find()) {
        return start.getValue() + letters(rest);
      }
    }
    w = w.replaceAll("^y", "#").replaceAll("(?<=[aeiou])y(?=[aeiou])", "#");
    int count = matches(VOWEL_GROUP, w);
    if (silentEBeforeEnding(w)) {
      count--;
    }
    if (silentFinalE(w)) {
      count--;
    }
    for (Pattern pair : TWO_SYLLABLE_VOWEL_PAIRS) {
      count += matches(pair, w);
    }
    return Math.max(1, count);
  }

  /** An e such as safely's or statement's; not cement's (its first vowel) nor element's. */
  private static boolean silentEBeforeEnding(String w) {
    Matcher m = SILENT_E_BEFORE_ENDING.matcher(w);
    return m.find()
        && VOWEL_GROUP.matcher(w.substring(0, m.start())).find()
        && !syllabicL(w, m.start() - 1)
        && !w.matches(".*lements?");
  }

  /** A silent final -e, -ed or -es. */
  private static boolean silentFinalE(String w) {
    int n = w.length();
    if (w.matches(".*(q|[aeioun]g)ue")) {
      return true;
    }
    if (n >= 2 && w.endsWith("e")) {
      return consonant(w, n - 2) && !syllabicL(w, n - 2);
    }
    if (n >= 3 && w.endsWith("ed")) {
      return consonant(w, n - 3) && "td".indexOf(w.charAt(n - 3)) < 0 && !syllabicL(w, n - 3);
    }
    if (n >= 3 && w.endsWith("es")) {
      return consonant(w, n - 3) && "sxzcgh".indexOf(w.charAt(n - 3)) < 0 && !syllabicL(w, n - 3);
    }
    return false;
  }

  /** Whether the letter at {@code i} is an {@code l} after a consonant that lets it sound. */
  private static boolean syllabicL(String w, int i) {
    return w.charAt(i) == 'l'
        && i >= 1
        && consonant(w, i - 1)
        && "lrw".indexOf(w.charAt(i - 1)) < 0;
  }

  private static boolean consonant(String w, int i) {
    return VOWELS.indexOf(w.charAt(i)) < 0;
  }

  private static int matches(Pattern pattern, String w) {
    int count = 0;
    Matcher m = pattern.matcher(w);
    while (m.find()) {
      count++;
    }
    return count;
  }
}
