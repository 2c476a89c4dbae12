package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What became of a {@link Suggestion}. Suggestions rejected because they do not fit the current
 * model, and suggestions that vanish without trace, are two of the ways so-called co-production
 * fails people, so the outcome and whether it was fed back are recorded. Source: "The Co-production
 * Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016.
 */
@API(status = STABLE, since = "0.1")
public enum Outcome {
  /** Taken up as it was put forward. */
  ADOPTED,
  /** Taken up in a changed form. */
  ADAPTED,
  /** Not taken up. */
  REJECTED,
  /** Not yet decided. */
  PENDING;

  /**
   * Whether a decision has been made on the suggestion.
   *
   * @return true for every outcome but {@link #PENDING}
   */
  public boolean isDecided() {
    return this != PENDING;
  }

  /**
   * Whether the suggestion made a difference to the result.
   *
   * @return true for {@link #ADOPTED} and {@link #ADAPTED}
   */
  public boolean isTakenUp() {
    return this == ADOPTED || this == ADAPTED;
  }
}
