package org.coproduction.scoring;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A score from 0 to 100 put into words, so a provider, a board or a person who uses services can
 * read it without weighing decimals. The thresholds are set in {@link ScoringSettings}: by default
 * below 25, from 25, from 50 and from 75. A band is given only to a {@link ScoreStatus#CONCLUSIVE}
 * score.
 */
@API(status = STABLE, since = "0.1")
public enum Band {
  /**
   * Below {@link ScoringSettings#startingOutFrom()} (default 25): co-production is not yet there.
   */
  NOT_THERE_YET,
  /**
   * From {@link ScoringSettings#startingOutFrom()} up to {@link ScoringSettings#onTheWayFrom()}.
   */
  STARTING_OUT,
  /**
   * From {@link ScoringSettings#onTheWayFrom()} up to {@link ScoringSettings#goingStrongFrom()}.
   */
  ON_THE_WAY,
  /** From {@link ScoringSettings#goingStrongFrom()} (default 75) to 100. */
  GOING_STRONG;

  /**
   * The band as people say it.
   *
   * @return for example {@code on the way}
   */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
