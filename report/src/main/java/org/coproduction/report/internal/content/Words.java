package org.coproduction.report.internal.content;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.core.initiative.BodyKind;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.SeldomHeardGroup;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.flags.FlagTrigger;
import org.coproduction.scoring.flags.RedFlag;

/**
 * How the reports say things, kept in one place so every format (text, Markdown, HTML, CSV and
 * SARIF) names a group, a rung, a hidden score, a red flag's cause or a number the same way. A
 * wording that more than one section or format needs is defined here, once.
 */
@API(status = INTERNAL, since = "0.1")
public final class Words {
  /** What every report is; an HTML page's title starts with it. */
  public static final String REPORT = "Co-production report";

  /**
   * The one sentence every format shows when anything was left out to protect people: answers of
   * fewer than k people of one group to one question, or counts of fewer than k people. It never
   * says which group, question or count.
   *
   * @param k the smallest number of people whose answers or count are shown
   * @return the sentence
   */
  public static String leftOut(int k) {
    return "Some answers are left out of every figure in this report, because fewer than "
        + k
        + " people from the same group answered that question; counts of fewer than "
        + k
        + " people are left out too. This protects people who could otherwise be picked out.";
  }

  /** The heading of a table's column of remarks, such as why a row has no figures. */
  public static final String NOTE = "note";

  /** Characters in a score bar: each stands for 5 points out of 100. */
  static final int BAR_WIDTH = 20;

  private Words() {}

  /**
   * An enum constant as people say it: lower case, spaces for underscores.
   *
   * @param value the constant
   * @return for example {@code people who use services}
   */
  public static String plain(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * An interest group in words.
   *
   * @param group the group
   * @return for example {@code family and friends who care}
   */
  public static String group(InterestGroup group) {
    return plain(group);
  }

  /**
   * Interest groups in a sentence.
   *
   * @param groups the groups
   * @return for example {@code members of the public and people who work in services}
   */
  public static String groups(List<InterestGroup> groups) {
    return list(groups.stream().map(Words::group).toList());
  }

  /**
   * A stage of co-production in words.
   *
   * @param stage the stage
   * @return for example {@code co-decision on resources}
   */
  public static String stage(Stage stage) {
    return hyphenateCo(plain(stage));
  }

  /**
   * A rung of the ladder in words.
   *
   * @param rung the rung
   * @return for example {@code co-production}
   */
  public static String rung(LadderRung rung) {
    return hyphenateCo(plain(rung));
  }

  /**
   * A piece of the jigsaw in words.
   *
   * @param area the area
   * @return for example {@code culture}
   */
  public static String area(JigsawArea area) {
    return plain(area);
  }

  /**
   * A kind of body in words.
   *
   * @param kind the kind
   * @return for example {@code steering group}
   */
  public static String bodyKind(BodyKind kind) {
    return plain(kind);
  }

  /**
   * An answer in words.
   *
   * @param answer the answer
   * @return for example {@code don't know}
   */
  public static String answer(Answer answer) {
    return answer == Answer.DONT_KNOW ? "don't know" : plain(answer);
  }

  /**
   * A seldom-heard group in words, keeping the capitals of names such as LGBT.
   *
   * @param group the group
   * @return for example {@code black and minority ethnic communities}
   */
  public static String seldomHeard(SeldomHeardGroup group) {
    switch (group) {
      case BLACK_AND_MINORITY_ETHNIC:
        return "black and minority ethnic communities";
      case LGBT:
        return "LGBT communities";
      case COMMUNICATES_DIFFERENTLY:
        return "people who communicate differently";
      case LIVING_WITH_DEMENTIA:
        return "people living with dementia";
      case OLDER_WITH_HIGH_SUPPORT_NEEDS:
        return "older people with high support needs";
      case NOT_AFFILIATED_TO_ANY_GROUP:
        return "people not linked to any group";
      case LIVING_IN_RESIDENTIAL_HOME:
        return "people living in residential homes";
      case HOMELESS:
        return "homeless people";
      case GYPSY_OR_TRAVELLER:
        return "Gypsy and Traveller communities";
      case IN_PRISON:
        return "people in prison";
      default:
        return plain(group);
    }
  }

  /**
   * A score's band in words, or why it has none.
   *
   * @param score the score
   * @return for example {@code going strong}, {@code inconclusive: too few raters} or {@code no
   *     answers}
   */
  public static String bandOrStatus(Score score) {
    Optional<Band> band = score.band();
    if (band.isPresent()) {
      return band.get().words();
    }
    return status(score.status());
  }

  /**
   * A score's status in words.
   *
   * @param status the status
   * @return for example {@code inconclusive: too few raters}
   */
  public static String status(ScoreStatus status) {
    switch (status) {
      case CONCLUSIVE:
        return "conclusive";
      case INCONCLUSIVE:
        return "inconclusive: too few raters";
      default:
        return "no answers";
    }
  }

  /**
   * A score to one decimal, as the scores are kept.
   *
   * @param value the score
   * @return for example {@code 57.3}
   */
  public static String number(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * An optional score, or a dash.
   *
   * @param value the score
   * @return the number, or {@code -} when there is none
   */
  public static String number(Optional<Double> value) {
    return value.map(Words::number).orElse("-");
  }

  /**
   * A setting such as a band's threshold, as exactly as it was set.
   *
   * @param value the setting
   * @return for example {@code 25} or {@code 0.5}
   */
  public static String threshold(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Why an item has a red flag: raters said no (on another scale: gave its bottom answer), the
   * records said no (or partly, on a critical item), or both.
   *
   * @param flag the red flag
   * @return a sentence
   */
  public static String flaggedBecause(RedFlag flag) {
    boolean raters = flag.triggers().contains(FlagTrigger.RATERS_SAID_NO);
    // On a scale other than yes/partly/no, raters' "no" is the bottom answer of that scale.
    String ratersSay =
        flag.answers().byAnswer().isEmpty()
            ? "raters say no"
            : "raters answer at the bottom of the scale";
    if (flag.triggers().contains(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL)) {
      return raters
          ? "Flagged because " + ratersSay + ", and the records show a failure on a critical item."
          : "Flagged because the records show a failure on a critical item, where one is enough.";
    }
    boolean records = flag.triggers().contains(FlagTrigger.RECORDS_SAID_NO);
    if (raters && records) {
      return flag.answers().byAnswer().isEmpty()
          ? "Flagged because raters and the records both say no."
          : "Flagged because " + ratersSay + " and the records say no.";
    }
    return raters ? "Flagged because " + ratersSay + "." : "Flagged because the records say no.";
  }

  /**
   * A coefficient such as Krippendorff's alpha or a Gini coefficient, to its three decimals.
   *
   * @param value the coefficient
   * @return for example {@code 0.102}
   */
  public static String coefficient(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * A share as a whole percentage.
   *
   * @param share a share between 0 and 1
   * @return for example {@code 33%}
   */
  public static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_EVEN).toPlainString()
        + "%";
  }

  /**
   * An amount of money with its currency.
   *
   * @param money the amount
   * @return for example {@code 28.40 GBP}
   */
  public static String money(Money money) {
    return money.toString();
  }

  /**
   * A span of time in hours.
   *
   * @param time the time
   * @return for example {@code 137} or {@code 2.5}
   */
  public static String hours(Duration time) {
    BigDecimal hours =
        BigDecimal.valueOf(time.toMinutes())
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
    return hours.stripTrailingZeros().toPlainString();
  }

  /**
   * A count with its noun.
   *
   * @param count how many
   * @param one the noun for one
   * @param many the noun for several
   * @return for example {@code 1 item} or {@code 3 items}
   */
  public static String count(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /**
   * Words joined as in a sentence.
   *
   * @param words the words
   * @return for example {@code a}, {@code a and b}, {@code a, b and c}; empty for none
   */
  public static String list(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  /**
   * A text bar for a score from 0 to 100, one {@code #} per 5 points, padded with dots.
   *
   * @param value the score
   * @return a bar of 20 characters
   */
  public static String bar(double value) {
    double clamped = Math.max(0, Math.min(100, value));
    int filled = (int) Math.round(clamped / (100.0 / BAR_WIDTH));
    return "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
  }

  /**
   * Makes a sentence start with a capital letter.
   *
   * @param text the text
   * @return the text with its first letter in upper case
   */
  public static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static String hyphenateCo(String words) {
    return words.startsWith("co ") ? "co-" + words.substring(3) : words;
  }
}
