package org.coproduction.scoring.trend;

/** Which way a score moved between two review rounds. */
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
