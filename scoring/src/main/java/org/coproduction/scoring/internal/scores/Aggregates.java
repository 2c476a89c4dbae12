package org.coproduction.scoring.internal.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.scoring.Score;
import org.coproduction.scoring.ScoreInput;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.agreement.Agreement;

/**
 * A score over several items: the whole checklist, one piece of the jigsaw or one principle.
 *
 * <p>value = &Sigma; weight × item score / &Sigma; weight over the items used, with weights and
 * scores as written, to one decimal rounded half up. The items used are the conclusive ones when
 * there are any (the aggregate is then conclusive and gets a band), else every item with a score
 * (inconclusive), else none. With it go the raters behind it, their agreement from {@link
 * RaterAgreement} and the breakdown from {@link Perspectives}.
 */
final class Aggregates {
  private final Tally tally;
  private final ScoringSettings settings;
  private final RaterAgreement agreement;
  private final Perspectives perspectives;

  private Aggregates(
      Tally tally, ScoringSettings settings, RaterAgreement agreement, Perspectives perspectives) {
    this.tally = tally;
    this.settings = settings;
    this.agreement = agreement;
    this.perspectives = perspectives;
  }

  /**
   * The rule for one tally.
   *
   * @param tally the answers
   * @param settings the raters an item needs and the bands
   * @param agreement how agreement is measured
   * @param perspectives the breakdowns by group and side
   * @return the rule
   */
  static Aggregates of(
      Tally tally, ScoringSettings settings, RaterAgreement agreement, Perspectives perspectives) {
    return new Aggregates(tally, settings, agreement, perspectives);
  }

  /**
   * The score over some items.
   *
   * @param scope the items, in checklist order
   * @return their aggregate score
   */
  Score over(List<ItemTally> scope) {
    ScoreStatus status = status(scope);
    List<ItemTally> used = new ArrayList<>();
    for (ItemTally v : scope) {
      if (isUsed(v, status)) {
        used.add(v);
      }
    }
    Optional<Double> value = Optional.empty();
    if (!used.isEmpty()) {
      Decimals.Mean mean = new Decimals.Mean();
      for (ItemTally v : used) {
        mean.add(v.exactWeight, v.exactValue);
      }
      value = Optional.of(mean.value());
    }
    RaterSet ratersUsed = new RaterSet(tally.responseSets);
    used.forEach(v -> ratersUsed.addAll(v.scoredRaters));
    Agreement agreed = agreement.over(used);
    Score.Builder score =
        Score.builder()
            .status(status)
            .value(value)
            .raters(ratersUsed.size())
            .agreement(agreed)
            .byGroup(perspectives.aggregate(used, yesPartlyNo(scope)))
            .reason(reason(scope, used, status, value));
    if (status == ScoreStatus.CONCLUSIVE) {
      score.band(settings.band(value.orElseThrow()));
    }
    for (ItemTally v : scope) {
      score.addInputs(
          ScoreInput.builder()
              .itemId(v.item.id())
              .weight(v.item.weight())
              .value(v.value)
              .status(v.status)
              .raters(v.scored())
              .used(isUsed(v, status))
              .build());
    }
    if (agreed.lowAgreement()) {
      score.addWarnings(agreement.warning(agreed));
    }
    return score.build();
  }

  /** Whether every item of a scope is answered on yes/partly/no, which its sentences then name. */
  static boolean yesPartlyNo(List<ItemTally> scope) {
    return scope.stream().allMatch(v -> v.points.yesPartlyNo);
  }

  /** Conclusive when any item is, else inconclusive when any item has a score, else none. */
  private static ScoreStatus status(List<ItemTally> scope) {
    boolean anyConclusive = false;
    boolean anyAnswered = false;
    for (ItemTally v : scope) {
      anyConclusive |= v.status == ScoreStatus.CONCLUSIVE;
      anyAnswered |= v.value.isPresent();
    }
    return anyConclusive
        ? ScoreStatus.CONCLUSIVE
        : anyAnswered ? ScoreStatus.INCONCLUSIVE : ScoreStatus.NO_ANSWERS;
  }

  /** Whether an item of an aggregate's scope enters an aggregate of the given status. */
  private static boolean isUsed(ItemTally v, ScoreStatus status) {
    switch (status) {
      case CONCLUSIVE:
        return v.status == ScoreStatus.CONCLUSIVE;
      case INCONCLUSIVE:
        return v.value.isPresent();
      default:
        return false;
    }
  }

  private String reason(
      List<ItemTally> scope, List<ItemTally> used, ScoreStatus status, Optional<Double> value) {
    if (status == ScoreStatus.NO_ANSWERS) {
      return Reasons.aggregate(
          status, yesPartlyNo(scope), 0, 0, value, 0, 0, settings.minimumRaters());
    }
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (ItemTally v : used) {
      totalWeight = totalWeight.add(v.exactWeight.value);
    }
    long thin = 0;
    long none = 0;
    for (ItemTally v : scope) {
      if (!isUsed(v, status) && v.status == ScoreStatus.INCONCLUSIVE) {
        thin++;
      }
      if (v.status == ScoreStatus.NO_ANSWERS) {
        none++;
      }
    }
    return Reasons.aggregate(
        status,
        yesPartlyNo(scope),
        used.size(),
        totalWeight.doubleValue(),
        value,
        thin,
        none,
        settings.minimumRaters());
  }
}
