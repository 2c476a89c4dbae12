package org.coproduction.scoring.agreement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Krippendorff's alpha on one measurement scale: how far raters agree beyond what chance would
 * give. 1 is perfect agreement, 0 is agreement no better than chance, below 0 is systematic
 * disagreement. Items are the units and raters the observers; {@code DONT_KNOW}, {@code
 * NOT_APPLICABLE} and unanswered items are missing values, which alpha allows. Source:
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011).
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableAlpha.class)
@JsonDeserialize(as = ImmutableAlpha.class)
public abstract class Alpha {
  Alpha() {}

  /**
   * Whether alpha could be computed.
   *
   * @return the outcome
   */
  @JsonProperty("outcome")
  public abstract AlphaOutcome outcome();

  /**
   * Alpha, to three decimals.
   *
   * @return alpha, present exactly when the outcome is {@link AlphaOutcome#COMPUTED}
   */
  @JsonProperty("value")
  public abstract Optional<Double> value();

  /**
   * How many answers entered alpha: scored answers to items that two or more raters answered.
   *
   * @return 0 or more
   */
  @JsonProperty("pairableAnswers")
  public abstract int pairableAnswers();

  /**
   * How many items had two or more scored answers.
   *
   * @return 0 or more
   */
  @JsonProperty("itemsUsed")
  public abstract int itemsUsed();

  /**
   * Starts a new alpha.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Alpha}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAlpha.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if ((outcome() == AlphaOutcome.COMPUTED) != value().isPresent()) {
      throw CoProductionException.at(
          "value", "alpha has a value exactly when its outcome is COMPUTED");
    }
    value()
        .ifPresent(
            v -> {
              if (!(v <= 1) || Double.isInfinite(v)) {
                throw CoProductionException.at("value", "must be a number at most 1");
              }
            });
    ScoreChecks.count("pairableAnswers", pairableAnswers());
    ScoreChecks.count("itemsUsed", itemsUsed());
  }
}
