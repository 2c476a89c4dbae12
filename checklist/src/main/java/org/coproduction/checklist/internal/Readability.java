package org.coproduction.checklist.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The Flesch reading ease of English text, used to hold the built-in checklist's wording to plain
 * English: everybody involved must be able to rate it, not only professionals.
 *
 * <p>The formula (Rudolf Flesch, 1948) is
 *
 * <pre>
 *   206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
 * </pre>
 *
 * Higher is easier. 60 to 70 is plain English, understood by most 13 to 15 year olds; 90 and above
 * is very easy. Long sentences and long words both lower the score. Published examples: "The cat
 * sat on the mat." (6 words, 6 syllables) scores 116.145, and "The Australian platypus is seemingly
 * a hybrid of a mammal and reptilian creature." (13 words, 26 syllables) scores 24.44 (Wikipedia,
 * "Flesch–Kincaid readability tests"; the README of the {@code flesch} npm package).
 *
 * <p>Counting rules:
 *
 * <ul>
 *   <li>Sentences end at {@code .}, {@code !} or {@code ?} followed by a space or the end of the
 *       text; text with no such ending is one sentence.
 *   <li>Words are separated by white space; punctuation around a word is ignored; a hyphenated word
 *       such as {@code co-production} is one word. A token with no letter or digit is not a word.
 *   <li>A number written in digits counts one syllable per digit ({@code 14} is two, as in
 *       "fourteen"); it is a rough rule, and wording should prefer words to long numbers.
 * </ul>
 *
 * <p>Syllables of a word are counted by a heuristic, since English spelling has no exact rule:
 *
 * <ol>
 *   <li>Keep the letters, in lower case. Count groups of adjacent vowels ({@code a e i o u y});
 *       {@code y} at the start of a word is a consonant ({@code yes}).
 *   <li>A final {@code e} after a consonant is silent ({@code make}, {@code whole}), except in
 *       {@code -le} after a consonant ({@code table}, {@code people}).
 *   <li>A final {@code -ed} after a consonant other than {@code t} or {@code d} is silent ({@code
 *       asked}, but {@code needed}). A final {@code -es} after a consonant other than {@code s, x,
 *       z, c, g, h} is silent ({@code times}, but {@code places}, {@code changes}, {@code wishes}).
 *   <li>Some vowel pairs are two syllables: {@code ia} except after {@code c, t, s, g} ({@code
 *       media}, but {@code social}); {@code ua} except after {@code q, g} ({@code usual}, but
 *       {@code equal}); {@code ea} at the end of a word or before a final {@code s} ({@code idea},
 *       {@code areas}); and a vowel before a final {@code -ing} ({@code being}, {@code going}).
 *   <li>Every word has at least one syllable.
 * </ol>
 *
 * The heuristic gets common words right and may be one out on rarer ones; the tests pin down the
 * words it must count correctly.
 */
@API(status = INTERNAL, since = "0.1")
public final class Readability {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
  private static final String VOWELS = "aeiouy";

  private Readability() {}

  /**
   * The Flesch reading ease of a text.
   *
   * @param text English text of one or more sentences
   * @return the score; higher is easier, and 60 or more is plain English
   * @throws IllegalArgumentException when the text has no words
   */
  public static double fleschReadingEase(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a text with no words has no reading ease");
    }
    int syllables = 0;
    for (String w : words) {
      syllables += syllables(w);
    }
    return fleschReadingEase(sentences(text).size(), words.size(), syllables);
  }

  /**
   * The Flesch reading ease from counts.
   *
   * @param sentences number of sentences, 1 or more
   * @param words number of words, 1 or more
   * @param syllables number of syllables
   * @return the score
   */
  public static double fleschReadingEase(int sentences, int words, int syllables) {
    return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
  }

  /**
   * Splits a text into sentences.
   *
   * @param text the text
   * @return the sentences, trimmed, without empty ones
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      add(out, text.substring(start, m.end()));
      start = m.end();
    }
    add(out, text.substring(start));
    return out;
  }

  private static void add(List<String> sentences, String candidate) {
    if (!words(candidate).isEmpty()) {
      sentences.add(candidate.trim());
    }
  }

  /**
   * Splits a text into words.
   *
   * @param text the text
   * @return the words, without surrounding punctuation
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String token : text.trim().split("\\s+")) {
      String word = strip(token);
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  private static String strip(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
      to--;
    }
    return token.substring(from, to);
  }

  /**
   * Counts the syllables of one word with the heuristic described on this class.
   *
   * @param word a word; surrounding punctuation is ignored
   * @return the number of syllables, 1 or more for any word with a letter or digit, else 0
   */
  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length();
    }
    w = w.replaceAll("[0-9]", "");
    if (w.startsWith("y")) {
      w = "#" + w.substring(1);
    }
    int count = 0;
    Matcher m = VOWEL_GROUP.matcher(w);
    while (m.find()) {
      count++;
    }
    int n = w.length();
    if (n >= 2 && w.endsWith("e") && consonant(w, n - 2)) {
      boolean consonantLe = w.endsWith("le") && n >= 3 && consonant(w, n - 3);
      if (!consonantLe) {
        count--;
      }
    } else if (n >= 3
        && w.endsWith("ed")
        && consonant(w, n - 3)
        && "td".indexOf(w.charAt(n - 3)) < 0) {
      count--;
    } else if (n >= 3
        && w.endsWith("es")
        && consonant(w, n - 3)
        && "sxzcgh".indexOf(w.charAt(n - 3)) < 0) {
      count--;
    }
    for (int i = 1; i < n; i++) {
      char before = i >= 2 ? w.charAt(i - 2) : '#';
      char a = w.charAt(i - 1);
      char b = w.charAt(i);
      if (a == 'i' && b == 'a' && "ctsg".indexOf(before) < 0) {
        count++;
      } else if (a == 'u' && b == 'a' && "qg".indexOf(before) < 0) {
        count++;
      } else if (a == 'e' && b == 'a' && (i == n - 1 || (i == n - 2 && w.charAt(n - 1) == 's'))) {
        count++;
      }
    }
    if (w.endsWith("ing") && n >= 4 && VOWELS.indexOf(w.charAt(n - 4)) >= 0) {
      count++;
    }
    return Math.max(1, count);
  }

  private static boolean consonant(String w, int i) {
    return VOWELS.indexOf(w.charAt(i)) < 0;
  }
}
