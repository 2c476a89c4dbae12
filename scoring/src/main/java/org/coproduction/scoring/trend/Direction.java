package org.coproduction.scoring.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which way a score moved between two review rounds. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Direction {
  /** Up by at least the smallest meaningful change. */
  BETTER,
  /** Down by at least the smallest meaningful change. */
  WORSE,
  /** Moved by less than the smallest meaningful change: within the noise. */
  UNCHANGED,
  /** One of the rounds has no conclusive score, so the rounds cannot be compared. */
  NOT_COMPARABLE
}
