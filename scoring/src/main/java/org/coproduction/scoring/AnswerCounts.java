package org.coproduction.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How many raters gave each answer, so a reader can check a score by hand: the score is (100 × yes
 * + 50 × partly) / (yes + partly + no).
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableAnswerCounts.class)
@JsonDeserialize(as = ImmutableAnswerCounts.class)
public abstract class AnswerCounts {
  AnswerCounts() {}

  /**
   * Raters who said {@code YES}.
   *
   * @return 0 or more
   */
  @JsonProperty("yes")
  public abstract int yes();

  /**
   * Raters who said {@code PARTLY}.
   *
   * @return 0 or more
   */
  @JsonProperty("partly")
  public abstract int partly();

  /**
   * Raters who said {@code NO}.
   *
   * @return 0 or more
   */
  @JsonProperty("no")
  public abstract int no();

  /**
   * Raters who said {@code DONT_KNOW}; they do not count towards the score.
   *
   * @return 0 or more
   */
  @JsonProperty("dontKnow")
  public abstract int dontKnow();

  /**
   * Raters who said {@code NOT_APPLICABLE}; they do not count towards the score.
   *
   * @return 0 or more
   */
  @JsonProperty("notApplicable")
  public abstract int notApplicable();

  /**
   * Raters whose answer counts towards the score.
   *
   * @return yes + partly + no
   */
  public int scored() {
    return yes() + partly() + no();
  }

  /**
   * Starts new counts.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnswerCounts}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableAnswerCounts.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.count("yes", yes());
    ScoreChecks.count("partly", partly());
    ScoreChecks.count("no", no());
    ScoreChecks.count("dontKnow", dontKnow());
    ScoreChecks.count("notApplicable", notApplicable());
  }
}
