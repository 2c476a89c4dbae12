package org.coproduction.scoring.fairness;

import org.coproduction.scoring.internal.stats.SmallCellSuppression;

/** How hidden figures are marked, so suppression is always visible and never silent. */
final class Suppressions {
  private Suppressions() {}

  static String words(SmallCellSuppression.Reason reason, int k) {
    switch (reason) {
      case FEWER_THAN_K:
        return "suppressed: fewer than " + k + " people";
      default:
        return "suppressed: hidden as well, so that a smaller group's figures cannot be worked"
            + " out from the totals";
    }
  }

  static String totals(int k) {
    return "suppressed: the totals would give away the figures of the only group in the ledger,"
        + " which has fewer than "
        + k
        + " people";
  }
}
