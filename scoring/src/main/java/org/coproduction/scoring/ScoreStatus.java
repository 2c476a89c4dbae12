package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether a score rests on enough raters to be relied on. A score with too few raters is still
 * shown, with its number, but marked, so a reader neither takes it as firm nor thinks it is zero.
 */
@API(status = STABLE, since = "0.1")
public enum ScoreStatus {
  /**
   * At least the configured number of raters ({@link ScoringSettings#minimumRaters()}) answered.
   */
  CONCLUSIVE,
  /**
   * Some raters answered, but fewer than {@link ScoringSettings#minimumRaters()}: the number is
   * shown but is too thin to draw conclusions from.
   */
  INCONCLUSIVE,
  /**
   * Nobody gave a scored answer ({@code YES}, {@code PARTLY} or {@code NO}), so there is no number
   * at all. Answers of {@code DONT_KNOW} or {@code NOT_APPLICABLE} alone lead here.
   */
  NO_ANSWERS
}
