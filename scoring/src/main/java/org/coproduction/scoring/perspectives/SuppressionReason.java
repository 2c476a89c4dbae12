package org.coproduction.scoring.perspectives;

import org.coproduction.scoring.ScoringSettings;

/**
 * Why a group's score is hidden. Hidden values are left out, never rounded or blurred, and the
 * reason is always given, so a reader knows something was withheld and why.
 */
public enum SuppressionReason {
  /**
   * At least one but fewer than k raters from the group answered ({@link
   * ScoringSettings#minimumGroupSize()}, default 3): "suppressed: fewer than 3 raters".
   */
  FEWER_THAN_K,
  /**
   * The group is large enough, but it is hidden as well because exactly one other group was hidden:
   * otherwise that group's score could be worked out from the total and the groups shown
   * (complementary suppression).
   */
  COMPLEMENTARY,
  /**
   * Only one group answered and it has fewer than k raters, so the total alone would give its
   * answers away. Every group of the breakdown is hidden, including those nobody answered for, so a
   * reader cannot tell which group it was.
   */
  TOTAL_WOULD_REVEAL
}
