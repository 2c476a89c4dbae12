package org.coproduction.report.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.scoring.ScoreStatus;
import org.immutables.value.Value;

/**
 * One initiative's place in the portfolio, by its latest round's overall score, with what a reader
 * needs to judge the score's weight: how many raters it rests on and how far they agreed. Only
 * conclusive scores get a rank; an inconclusive one appears without, so it is never compared.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RankedInitiative {
  RankedInitiative() {}

  /**
   * The place, 1 for the highest score; tied scores share a place.
   *
   * @return the rank, or empty when the score is not conclusive
   */
  public abstract Optional<Integer> rank();

  /**
   * The initiative.
   *
   * @return its id
   */
  public abstract String initiativeId();

  /**
   * The evaluation the score comes from.
   *
   * @return its id
   */
  public abstract String evaluationId();

  /**
   * The latest round's overall score.
   *
   * @return from 0 to 100, or empty when nobody gave a scored answer
   */
  public abstract Optional<Double> overall();

  /**
   * Whether the score can be relied on.
   *
   * @return the status
   */
  public abstract ScoreStatus status();

  /**
   * How many people's answers the score rests on.
   *
   * @return the count
   */
  public abstract int raters();

  /**
   * How far the raters agreed: Krippendorff's alpha on the ordinal scale, as the single report
   * shows it.
   *
   * @return alpha, or empty when it cannot be worked out (too few paired answers)
   */
  public abstract Optional<Double> agreement();

  /**
   * Whether the raters agreed too little for the score to mean much on its own.
   *
   * @return true when agreement is below the settings' threshold
   */
  public abstract boolean lowAgreement();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableRankedInitiative.Builder {}

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    Checks.id("evaluationId", evaluationId());
    if (rank().isPresent() != (status() == ScoreStatus.CONCLUSIVE)) {
      throw CoProductionException.at("rank", "only a conclusive score is ranked, and each is");
    }
  }
}
