package org.coproduction.scoring.internal.scores;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.agreement.Agreement;
import org.coproduction.scoring.agreement.Alpha;
import org.coproduction.scoring.agreement.AlphaOutcome;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.coproduction.scoring.internal.stats.AlphaResult;
import org.coproduction.scoring.internal.stats.KrippendorffAlpha;
import org.coproduction.scoring.internal.stats.MeasurementLevel;

/**
 * How far the raters behind an aggregate agree: Krippendorff's alpha on the nominal, ordinal and
 * interval scales over the items the aggregate uses, with every answer of their answer scale as a
 * category (three on yes/partly/no, five on the agreement scale), and whether the chosen scale's
 * alpha is below the level where a score can be leaned on.
 *
 * <p>alpha = 1 &minus; D_o / D_e, observed over expected disagreement, by the coincidence-matrix
 * method of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011); see {@link
 * KrippendorffAlpha}. Alpha depends only on how many raters gave each value to each item, so it is
 * computed from the tally's counts, all three scales in one pass, without a rater-by-item matrix.
 *
 * <p>Immutable; its settings (the deciding scale and the low level) come from {@link
 * ScoringSettings}, itself immutable.
 */
final class RaterAgreement {
  private static final MeasurementLevel[] LEVELS = {
    MeasurementLevel.NOMINAL, MeasurementLevel.ORDINAL, MeasurementLevel.INTERVAL
  };

  private final MeasurementScale scale;
  private final double lowBelow;

  private RaterAgreement(MeasurementScale scale, double lowBelow) {
    this.scale = scale;
    this.lowBelow = lowBelow;
  }

  /**
   * The rule with the scale and level chosen in scoring settings.
   *
   * @param settings the settings
   * @return the rule
   */
  static RaterAgreement of(ScoringSettings settings) {
    return new RaterAgreement(settings.agreementScale(), settings.lowAgreementBelow());
  }

  /**
   * Agreement over some items.
   *
   * @param used the items an aggregate uses
   * @return alpha on every scale, the low-agreement decision and its reason
   */
  Agreement over(List<ItemTally> used) {
    double[] values = categories(used);
    int[][] units = new int[used.size()][];
    for (int u = 0; u < used.size(); u++) {
      ItemTally v = used.get(u);
      ScalePoints points = v.points;
      int[] row = new int[values.length];
      for (int a = 0; a < points.answerCount(); a++) {
        row[Arrays.binarySearch(values, points.shares[a])] += v.counts[a];
      }
      units[u] = row;
    }
    AlphaResult[] results = KrippendorffAlpha.computeFromCounts(values, units, LEVELS);
    Alpha nominal = alpha(results[0]);
    Alpha ordinal = alpha(results[1]);
    Alpha interval = alpha(results[2]);
    Alpha chosen = chosen(nominal, ordinal, interval);
    boolean low = chosen.value().map(v -> v < lowBelow).orElse(false);
    return Agreement.builder()
        .nominal(nominal)
        .ordinal(ordinal)
        .interval(interval)
        .lowAgreement(low)
        .explanation(Reasons.agreement(chosen, scale, low, lowBelow))
        .build();
  }

  /**
   * The warning a score carries when its raters agree too little.
   *
   * @param agreement agreement as {@link #over} worked it out, with low agreement
   * @return the warning
   */
  String warning(Agreement agreement) {
    Alpha alpha = chosen(agreement.nominal(), agreement.ordinal(), agreement.interval());
    return Reasons.lowAgreement(scale, alpha.value().orElseThrow(), lowBelow);
  }

  /**
   * Every category of the scales the items use, as values from 0 to 1, ascending: all of a scale's
   * answers take part, given or not. Items on different scales are compared by their answers'
   * values on the 0 to 100 score.
   */
  private static double[] categories(List<ItemTally> used) {
    if (used.isEmpty()) {
      return new double[] {0, 1};
    }
    ScalePoints first = used.get(0).points;
    boolean oneScale = true;
    for (ItemTally v : used) {
      oneScale &= v.points == first;
    }
    if (oneScale) {
      return first.shares;
    }
    TreeSet<Double> all = new TreeSet<>();
    for (ItemTally v : used) {
      for (double share : v.points.shares) {
        all.add(share);
      }
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private Alpha chosen(Alpha nominal, Alpha ordinal, Alpha interval) {
    switch (scale) {
      case NOMINAL:
        return nominal;
      case ORDINAL:
        return ordinal;
      default:
        return interval;
    }
  }

  private static Alpha alpha(AlphaResult result) {
    AlphaOutcome outcome;
    if (result.unitsUsed() == 1) {
      // The kernel gives 0 for one unit with variation: a fact of the formula, not of the raters.
      outcome = AlphaOutcome.SINGLE_ITEM;
    } else if (result.outcome() == AlphaResult.Outcome.COMPUTED) {
      outcome = AlphaOutcome.COMPUTED;
    } else if (result.outcome() == AlphaResult.Outcome.NO_VARIATION) {
      outcome = AlphaOutcome.NO_VARIATION;
    } else {
      outcome = AlphaOutcome.NO_PAIRABLE_ANSWERS;
    }
    Alpha.Builder b =
        Alpha.builder()
            .outcome(outcome)
            .pairableAnswers(result.pairableValues())
            .itemsUsed(result.unitsUsed());
    if (outcome == AlphaOutcome.COMPUTED) {
      b.value(Decimals.round(result.alpha(), 3));
    }
    return b.build();
  }
}
