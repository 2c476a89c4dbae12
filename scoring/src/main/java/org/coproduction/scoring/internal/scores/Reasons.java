package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.coproduction.scoring.flags.RecordsVersusRaters;

/**
 * Every English sentence a score report gives as the reason for a number, a flag or a warning, in
 * one place so the same thing is always said the same way. The rules decide; this class only words
 * what they decided. The words the sentences are made of are in {@link Words}.
 */
final class Reasons {
  private Reasons() {}

  // ---------------------------------------------------------------- items

  /** How an item's score was worked out, or why it has none. */
  static String item(ItemTally v, int minimumRaters) {
    if (!v.points.yesPartlyNo) {
      return itemOnScale(v, minimumRaters);
    }
    int n = v.scored();
    int other = v.dontKnow + v.notApplicable;
    if (n == 0) {
      return other == 0
          ? "Nobody answered this item, so it has no score."
          : "No rater answered yes, partly or no (" + leftOut(v) + "), so the item has no score.";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(Decimals.count(n, "rater", "raters"))
        .append(" answered yes, partly or no: (")
        .append(v.yes)
        .append(" × 100 + ")
        .append(v.partly)
        .append(" × 50 + ")
        .append(v.no)
        .append(" × 0) / ")
        .append(n)
        .append(" = ")
        .append(Decimals.text(v.value.orElseThrow()));
    if (other > 0) {
      sb.append(", leaving out ").append(leftOut(v));
    }
    if (v.status == ScoreStatus.INCONCLUSIVE) {
      sb.append("; inconclusive, as fewer than ").append(minimumRaters).append(" raters answered");
    }
    return sb.append('.').toString();
  }

  /** The same on any other scale: each answer by its label, top of the scale first. */
  private static String itemOnScale(ItemTally v, int minimumRaters) {
    int n = v.scored();
    if (n == 0) {
      return v.notAnswered == 0
          ? "Nobody answered this item, so it has no score."
          : "No rater gave an answer that counts ("
              + notAnswers(v)
              + "), so the item has no score.";
    }
    ScalePoints points = v.points;
    List<String> terms = new ArrayList<>();
    for (int a = points.answerCount() - 1; a >= 0; a--) {
      terms.add(
          v.counts[a]
              + " "
              + points.answers.get(a).label().toLowerCase(Locale.ROOT)
              + " × "
              + Decimals.text(points.answers.get(a).value().orElseThrow()));
    }
    StringBuilder sb = new StringBuilder();
    sb.append(Decimals.count(n, "rater", "raters"))
        .append(" gave an answer that counts: (")
        .append(String.join(" + ", terms))
        .append(") / ")
        .append(n)
        .append(" = ")
        .append(Decimals.text(v.value.orElseThrow()));
    if (v.notAnswered > 0) {
      sb.append(", leaving out ").append(notAnswers(v));
    }
    if (v.status == ScoreStatus.INCONCLUSIVE) {
      sb.append("; inconclusive, as fewer than ").append(minimumRaters).append(" raters answered");
    }
    return sb.append('.').toString();
  }

  private static String leftOut(ItemTally v) {
    List<String> parts = new ArrayList<>();
    if (v.dontKnow > 0) {
      parts.add(v.dontKnow + " who did not know");
    }
    if (v.notApplicable > 0) {
      parts.add(v.notApplicable + " who said it does not apply");
    }
    return String.join(" and ", parts);
  }

  /** Raters who gave an option that is not an answer, by the option's label. */
  private static String notAnswers(ItemTally v) {
    List<String> parts = new ArrayList<>();
    int m = v.points.answerCount();
    for (int j = 0; j < v.points.scale.notAnswers().size(); j++) {
      if (v.counts[m + j] > 0) {
        parts.add(
            v.counts[m + j] + " who said '" + v.points.scale.notAnswers().get(j).label() + "'");
      }
    }
    return String.join(" and ", parts);
  }

  // ---------------------------------------------------------------- groups and sides

  /** A shown group's score on one item. */
  static String groupOnItem(ScalePoints points, ItemTally.GroupCell cell) {
    if (!points.yesPartlyNo) {
      List<String> parts = new ArrayList<>();
      for (int a = points.answerCount() - 1; a >= 0; a--) {
        parts.add(cell.counts[a] + " " + points.answers.get(a).label().toLowerCase(Locale.ROOT));
      }
      return Decimals.count(cell.scored(), "rater", "raters")
          + ": "
          + String.join(", ", parts)
          + " = "
          + Decimals.text(cell.value)
          + ".";
    }
    return Decimals.count(cell.scored(), "rater", "raters")
        + ": "
        + cell.yes
        + " yes, "
        + cell.partly
        + " partly, "
        + cell.no
        + " no = "
        + Decimals.text(cell.value)
        + ".";
  }

  static String groupWithoutRatersOnItem(boolean yesPartlyNo) {
    return "This group has no " + answerThatCounts(yesPartlyNo) + " here.";
  }

  static String groupWithoutRaters(boolean yesPartlyNo) {
    return "This group has no " + answerThatCounts(yesPartlyNo) + " on these items.";
  }

  /**
   * What the sentences call an answer that enters a score: by its three words on the yes/partly/no
   * scale, as reports always have, and neutrally on any other scale (or a mix of scales), whose
   * answers are not yes or no.
   */
  private static String answerThatCounts(boolean yesPartlyNo) {
    return yesPartlyNo ? "yes, partly or no answer that counts" : "answer that counts";
  }

  /** A group's weighted mean over the items of an aggregate where it is shown. */
  static String groupMean(int shown, double value) {
    return "Weighted mean of this group's scores on the "
        + Decimals.count(shown, "item", "items")
        + " where it has answers = "
        + Decimals.text(value)
        + ".";
  }

  /** One side's pooled score on one item, or why it has none. */
  static String sideOnItem(ItemTally.SideTally s) {
    return s.value
        .map(
            value ->
                "Pooled over "
                    + Decimals.count(s.raters.size(), "rater", "raters")
                    + " from "
                    + Words.groups(s.groups)
                    + " = "
                    + Decimals.text(value)
                    + ".")
        .orElse("No group on this side is shown, so it has no score here.");
  }

  static String sidesNotCompared() {
    return "No item here has a score from both sides, so the sides are not compared.";
  }

  /** One side's weighted mean over the items both sides have a score for. */
  static String sideMean(int matched, double value) {
    return "Weighted mean of this side's scores on the "
        + Decimals.count(matched, "item", "items")
        + " both sides have a score for = "
        + Decimals.text(value)
        + ".";
  }

  /** The gap between the sides, provider minus lived experience, or why there is none. */
  static String gap(Optional<Double> lived, Optional<Double> provider, Optional<Double> gap) {
    if (gap.isPresent()) {
      double g = gap.get();
      if (g > 0) {
        return "The provider side scores this "
            + Decimals.text(g)
            + " points higher than people who use services and carers.";
      } else if (g < 0) {
        return "People who use services and carers score this "
            + Decimals.text(-g)
            + " points higher than the provider side.";
      }
      return "Both sides score this the same.";
    } else if (lived.isPresent()) {
      return "No gap, as the provider side has no score.";
    } else if (provider.isPresent()) {
      return "No gap, as people who use services and carers have no score.";
    }
    return "No gap, as neither side has a score.";
  }

  // ---------------------------------------------------------------- aggregates

  /**
   * How an aggregate was worked out from its items.
   *
   * @param status the aggregate's status
   * @param yesPartlyNo whether every item of the aggregate is answered yes, partly or no
   * @param used how many items it uses
   * @param totalWeight their total weight
   * @param value its value, when it has one
   * @param thin items left out for too few raters
   * @param none items left out for having no answers
   * @param minimumRaters raters an item needs to be conclusive
   */
  static String aggregate(
      ScoreStatus status,
      boolean yesPartlyNo,
      int used,
      double totalWeight,
      Optional<Double> value,
      long thin,
      long none,
      int minimumRaters) {
    if (status == ScoreStatus.NO_ANSWERS) {
      return yesPartlyNo
          ? "No item here has a yes, partly or no answer, so there is no score."
          : "No item here has an answer that counts, so there is no score.";
    }
    int k = minimumRaters;
    String mean =
        "the weighted mean of "
            + (used == 1 ? "the 1 item" : "the " + used + " items")
            + (status == ScoreStatus.CONCLUSIVE
                ? " with at least " + k + " raters"
                : " with any answers")
            + " (total weight "
            + Decimals.text(totalWeight)
            + ") = "
            + Decimals.text(value.orElseThrow());
    StringBuilder sb =
        new StringBuilder(
            status == ScoreStatus.CONCLUSIVE
                ? Character.toUpperCase(mean.charAt(0)) + mean.substring(1)
                : "Inconclusive, as no item here has " + k + " or more raters: " + mean);
    if (thin > 0) {
      sb.append("; left out: ")
          .append(Decimals.count(thin, "item", "items"))
          .append(" with fewer raters");
    }
    if (none > 0) {
      sb.append(thin > 0 ? " and " : "; left out: ")
          .append(Decimals.count(none, "item", "items"))
          .append(" with no answers");
    }
    return sb.append('.').toString();
  }

  // ---------------------------------------------------------------- agreement

  /** What the chosen alpha says about how far raters agree. */
  static String agreement(Alpha chosen, MeasurementScale scale, boolean low, double lowBelow) {
    switch (chosen.outcome()) {
      case COMPUTED:
        return Words.scale(scale)
            + " alpha is "
            + Decimals.text(chosen.value().orElseThrow())
            + " over "
            + Decimals.count(chosen.itemsUsed(), "item", "items")
            + " and "
            + Decimals.count(chosen.pairableAnswers(), "answer", "answers")
            + (low
                ? ", below "
                    + Decimals.text(lowBelow)
                    + ": raters agree too little to lean on this score."
                : ", at least "
                    + Decimals.text(lowBelow)
                    + ": raters agree enough to draw conclusions.");
      case NO_VARIATION:
        return "Every answer to these items was the same, so there is no variation to measure"
            + " agreement against: alpha is undefined, not 1, and no warning is given.";
      case SINGLE_ITEM:
        return "Only one item here has answers from two or more raters; alpha compares disagreement"
            + " within items with the differences across items, so with one item it is 0 by"
            + " construction and is not given: the item's spread shows how far raters agree.";
      default:
        return "No item here was answered by two or more raters, so agreement cannot be measured.";
    }
  }

  /** The warning on a score whose raters agree too little. */
  static String lowAgreement(MeasurementScale scale, double alpha, double lowBelow) {
    return "Raters disagree: "
        + Words.scale(scale).toLowerCase(Locale.ROOT)
        + " alpha is "
        + Decimals.text(alpha)
        + ", below "
        + Decimals.text(lowBelow)
        + ", so this score rests on raters who see things differently.";
  }

  // ---------------------------------------------------------------- red flags and tokenism

  /**
   * Why an item is flagged.
   *
   * @param v the item
   * @param record what the records say, or null
   * @param ratersNo whether enough raters said no to raise the flag
   * @param comparison how the records compare with the raters, when they can be compared
   * @param redFlagShare the share of no answers that raises a flag
   * @param minimumRaters raters an item needs to be conclusive
   */
  static String redFlag(
      ItemTally v,
      RecordAnswer record,
      boolean ratersNo,
      Optional<RecordsVersusRaters> comparison,
      double redFlagShare,
      int minimumRaters) {
    List<String> parts = new ArrayList<>();
    int n = v.scored();
    if (n > 0) {
      parts.add(
          v.bottom
              + " of "
              + Decimals.count(n, "rater", "raters")
              + (v.points.yesPartlyNo
                  ? " said no ("
                  : " answered '"
                      + v.points.answers.get(0).label()
                      + "', the bottom of the scale (")
              + Decimals.percent((double) v.bottom / n)
              + (ratersNo ? "; a flag is raised from " : "; below the ")
              + Decimals.percent(redFlagShare)
              + (ratersNo ? ")" : " that raises a flag)"));
    } else {
      parts.add(
          v.points.yesPartlyNo
              ? "no rater answered yes, partly or no"
              : "no rater gave an answer that counts");
    }
    if (v.status == ScoreStatus.INCONCLUSIVE) {
      parts.add("fewer than " + minimumRaters + " raters answered");
    }
    if (record != null && record.answer() == Answer.NO) {
      parts.add(
          "the records say no"
              + (record.evidence().isEmpty()
                  ? ""
                  : ": "
                      + record.evidence().stream()
                          .map(Reasons::evidence)
                          .collect(Collectors.joining("; "))));
    }
    comparison.ifPresent(
        c -> {
          if (c == RecordsVersusRaters.RECORDS_WORSE) {
            parts.add(
                "raters score it "
                    + Decimals.text(v.value.orElseThrow())
                    + ", far better than the records show");
          } else if (c == RecordsVersusRaters.RECORDS_BETTER) {
            parts.add(
                "the records say "
                    + record.answer().name().toLowerCase(Locale.ROOT)
                    + " but raters score it only "
                    + Decimals.text(v.value.orElseThrow()));
          }
        });
    String text = String.join("; ", parts);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  static String evidence(Evidence e) {
    return e.finding()
        + " ("
        + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " "
        + e.ref()
        + ")";
  }

  /** Why an item is a tokenism signal. */
  static String tokenism(
      double provider,
      double lived,
      double gap,
      double providerAtLeast,
      double livedExperienceAtMost) {
    return "The provider side scores this "
        + Decimals.text(provider)
        + " (at least "
        + Decimals.text(providerAtLeast)
        + ") while people who use services and carers score it "
        + Decimals.text(lived)
        + " (at most "
        + Decimals.text(livedExperienceAtMost)
        + "), a gap of "
        + Decimals.text(gap)
        + " points.";
  }
}
