package org.coproduction.scoring.flags;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An item the provider side scores high while people who use services and carers score it low: a
 * sign that the organisation may believe it co-produces while the people it serves feel "token
 * service user involvement" ({@code 004_badd4b3e527b04fd.txt}, "Co-production: Practicing what they
 * preach?"). It is a prompt to ask why, not a verdict.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableTokenismSignal.class)
@JsonDeserialize(as = ImmutableTokenismSignal.class)
public abstract class TokenismSignal {
  TokenismSignal() {}

  /**
   * The item.
   *
   * @return the item id
   */
  @JsonProperty("itemId")
  public abstract String itemId();

  /**
   * The provider side's score, at or above {@link ScoringSettings#tokenismProviderAtLeast()}.
   *
   * @return 0 to 100
   */
  @JsonProperty("provider")
  public abstract double provider();

  /**
   * The lived-experience side's score, at or below {@link
   * ScoringSettings#tokenismLivedExperienceAtMost()}.
   *
   * @return 0 to 100
   */
  @JsonProperty("livedExperience")
  public abstract double livedExperience();

  /**
   * Provider minus lived experience, in score points.
   *
   * @return more than 0
   */
  @JsonProperty("gap")
  public abstract double gap();

  /**
   * The signal in one sentence.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new signal.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TokenismSignal}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableTokenismSignal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("itemId", itemId());
    Checks.between("provider", provider(), 0, 100);
    Checks.between("livedExperience", livedExperience(), 0, 100);
    Checks.between("gap", gap(), -100, 100);
    ScoreChecks.reason("reason", reason());
  }
}
