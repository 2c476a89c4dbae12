package org.coproduction.scoring.trend;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.internal.checks.ScoreChecks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How one score moved between two review rounds, and whether the move is more than noise. Keeping
 * score round after round is how an organisation learns; the Birmingham opportunities fair, for
 * example, got better in its second year because volunteers asked to be involved from the start
 * ({@code 002_ed537c7d2d404e79.txt}, "Review", practice example of Birmingham City Council's Adults
 * and Communities Directorate).
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableScoreChange.class)
@JsonDeserialize(as = ImmutableScoreChange.class)
public abstract class ScoreChange {
  ScoreChange() {}

  /**
   * The score in the earlier round.
   *
   * @return 0 to 100, or empty when nobody gave a scored answer
   */
  @JsonProperty("earlier")
  public abstract Optional<Double> earlier();

  /**
   * The score in the later round.
   *
   * @return 0 to 100, or empty when nobody gave a scored answer
   */
  @JsonProperty("later")
  public abstract Optional<Double> later();

  /**
   * The earlier score's status.
   *
   * @return the status
   */
  @JsonProperty("earlierStatus")
  public abstract ScoreStatus earlierStatus();

  /**
   * The later score's status.
   *
   * @return the status
   */
  @JsonProperty("laterStatus")
  public abstract ScoreStatus laterStatus();

  /**
   * Later minus earlier, in score points.
   *
   * @return −100 to 100, or empty when either round has no score
   */
  @JsonProperty("change")
  public abstract Optional<Double> change();

  /**
   * For an item: how far one rater changing their answer from {@code NO} to {@code YES} would move
   * the score in the round with fewer raters (100 divided by that round's raters). A change must be
   * larger than this to count, so one person's answer is never reported as progress.
   *
   * @return the shift to one decimal, or empty for an aggregate score or when a round has no raters
   */
  @JsonProperty("oneRaterShift")
  public abstract Optional<Double> oneRaterShift();

  /**
   * Which way the score moved.
   *
   * @return the direction
   */
  @JsonProperty("direction")
  public abstract Direction direction();

  /**
   * The move in one sentence.
   *
   * @return the reason
   */
  @JsonProperty("reason")
  public abstract String reason();

  /**
   * Starts a new score change.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreChange}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableScoreChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ScoreChecks.score("earlier", earlier());
    ScoreChecks.score("later", later());
    ScoreChecks.statusFits("earlier", earlierStatus(), earlier());
    ScoreChecks.statusFits("later", laterStatus(), later());
    ScoreChecks.gap("change", change());
    if (change().isPresent() != (earlier().isPresent() && later().isPresent())) {
      throw CoProductionException.at("change", "a change needs a score in both rounds");
    }
    boolean comparable =
        earlierStatus() == ScoreStatus.CONCLUSIVE && laterStatus() == ScoreStatus.CONCLUSIVE;
    if (comparable == (direction() == Direction.NOT_COMPARABLE)) {
      throw CoProductionException.at(
          "direction", "rounds are comparable exactly when both scores are conclusive");
    }
    ScoreChecks.reason("reason", reason());
  }
}
