package org.coproduction.scoring.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How an item's red flag changed between two review rounds. */
@API(status = EXPERIMENTAL, since = "0.1")
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
