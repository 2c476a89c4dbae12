package org.coproduction.scoring.trend;

/** How an item's red flag changed between two review rounds. */
public enum FlagChange {
  /** Flagged in the later round but not in the earlier one. */
  NEW_FLAG,
  /** Flagged in the earlier round but no longer. */
  RESOLVED_FLAG,
  /** Flagged in both rounds. */
  STILL_FLAGGED,
  /** Flagged in neither round. */
  NOT_FLAGGED
}
