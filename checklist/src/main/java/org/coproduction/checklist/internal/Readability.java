package org.coproduction.checklist.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Syllables of a word are counted by the heuristic of {@link Syllables}, tested against a list
 * of words with known counts.
 */
@API(status = INTERNAL, since = "0.1")
public final class Readability {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

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
   * Counts the syllables of one word.
   *
   * @param word a word; surrounding punctuation is ignored
   * @return the number of syllables, 1 or more for any word with a letter or digit, else 0
   * @see Syllables#count(String)
   */
  public static int syllables(String word) {
    return Syllables.count(word);
  }
}
