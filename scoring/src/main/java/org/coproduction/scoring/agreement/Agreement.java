package org.coproduction.scoring.agreement;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far the raters behind an aggregate score agree with each other, on all three scales, with a
 * warning flag when they disagree too much for the score to be leaned on. Computed over the same
 * items the score uses, with every rater as an observer.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
public abstract class Agreement {
  Agreement() {}

  /**
   * Alpha with answers taken as names only.
   *
   * @return nominal alpha
   */
  @JsonProperty("nominal")
  public abstract Alpha nominal();

  /**
   * Alpha with answers ordered {@code NO} &lt; {@code PARTLY} &lt; {@code YES}; the natural choice
   * for this checklist.
   *
   * @return ordinal alpha
   */
  @JsonProperty("ordinal")
  public abstract Alpha ordinal();

  /**
   * Alpha with answers as 0, 0.5 and 1 on an equal-step scale.
   *
   * @return interval alpha
   */
  @JsonProperty("interval")
  public abstract Alpha interval();

  /**
   * Whether alpha on {@link ScoringSettings#agreementScale()} is computed and below {@link
   * ScoringSettings#lowAgreementBelow()}. Undefined alpha (no variation, or nothing to pair) is not
   * low agreement.
   *
   * @return true when raters disagree too much
   */
  @JsonProperty("lowAgreement")
  public abstract boolean lowAgreement();

  /**
   * What the alpha on the settings' scale means here, in one sentence.
   *
   * @return the explanation
   */
  @JsonProperty("explanation")
  public abstract String explanation();

  /**
   * Starts a new agreement.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.reason("explanation", explanation());
  }
}
