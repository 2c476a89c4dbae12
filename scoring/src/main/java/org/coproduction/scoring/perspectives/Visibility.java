package org.coproduction.scoring.perspectives;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether one interest group's part of a breakdown has anything to show. Answers of fewer than k
 * people of a group on an item are left out of every figure, so such a group looks the same as a
 * group nobody answered for: the answers of a handful of people, who may be known to everyone in
 * the room, cannot be picked out.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Visibility {
  /** The group has answers that count: its score and counts are shown. */
  SHOWN,
  /** The group has no yes, partly or no answer that counts, so there is nothing to show. */
  NO_RATERS
}
