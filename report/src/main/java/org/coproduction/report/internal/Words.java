package org.coproduction.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;

/**
 * Plain words for the names and numbers in a report, shared by the HTML and SARIF renderers so the
 * two say the same thing the same way. Nothing here reads data from people: only enum constants,
 * numbers, money and durations.
 */
public final class Words {
  private Words() {}

  /**
   * A constant in plain words: {@code DONT_KNOW} becomes "don't know", {@code CO_DESIGN} becomes
   * "co-design", anything else is lower case with spaces.
   *
   * @param value the constant
   * @return the words
   */
  public static String of(Enum<?> value) {
    if (value == Answer.DONT_KNOW) {
      return "don't know";
    }
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.startsWith("co ") ? "co-" + words.substring(3) : words;
  }

  /**
   * The same words with a capital first letter, for the start of a sentence or a table cell.
   *
   * @param value the constant
   * @return the words, capitalised
   */
  public static String capitalised(Enum<?> value) {
    return capitalise(of(value));
  }

  /**
   * Capitalises the first letter of some text.
   *
   * @param text the text
   * @return the text with an upper-case first letter
   */
  public static String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Several constants in plain words, joined as a list in a sentence.
   *
   * @param values the constants
   * @return "a, b and c"
   */
  public static String list(List<? extends Enum<?>> values) {
    return sentenceList(values.stream().map(Words::of).collect(Collectors.toList()));
  }

  /**
   * Joins texts as a list in a sentence.
   *
   * @param texts the texts
   * @return "a, b and c", or the empty string for none
   */
  public static String sentenceList(List<String> texts) {
    if (texts.size() <= 1) {
      return String.join("", texts);
    }
    return String.join(", ", texts.subList(0, texts.size() - 1))
        + " and "
        + texts.get(texts.size() - 1);
  }

  /**
   * A short name for an interest group, used where space is tight (a chart legend).
   *
   * @param group the group
   * @return the group's name in words, such as "people who use services"
   */
  public static String group(InterestGroup group) {
    return of(group);
  }

  /**
   * A score or count to at most one decimal place, without a trailing ".0".
   *
   * @param value the number
   * @return such as "56.1" or "100"
   */
  public static String number(double value) {
    return BigDecimal.valueOf(value)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * A number to two decimal places, for coefficients between 0 and 1.
   *
   * @param value the number
   * @return such as "0.65"
   */
  public static String twoPlaces(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A share as a whole percentage.
   *
   * @param share a share from 0 to 1
   * @return such as "56%"
   */
  public static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * An amount of money with its currency.
   *
   * @param money the amount
   * @return such as "74.90 GBP"
   */
  public static String money(Money money) {
    return money.toString();
  }

  /**
   * A length of time in hours.
   *
   * @param time the time given
   * @return such as "1 hour" or "137.5 hours"
   */
  public static String hours(Duration time) {
    String n = number(time.toMinutes() / 60.0);
    return n + (n.equals("1") ? " hour" : " hours");
  }

  /**
   * A count with the right form of its noun.
   *
   * @param count how many
   * @param one the noun for one, such as "rater"
   * @param many the noun for several, such as "raters"
   * @return such as "1 rater" or "16 raters"
   */
  public static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
