package org.coproduction.scoring.fairness;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a person who uses services or a carer was paid less than the professionals in the same
 * initiative. Source: "Co-production in social care: What it is and how to do it", SCIE, October
 * 2013, updated October 2015, section "Structures for valuing and rewarding people" (the Care
 * Leavers example: young people unpaid while everyone else taking part was paid).
 */
@API(status = STABLE, since = "0.1")
public enum PayGapKind {
  /**
   * The person gave time and received no fee, while professionals in the initiative were paid: a
   * professional received a fee in the ledger, or (unless the settings say otherwise) staff took
   * part in paid time, since their salary pays them for it.
   */
  UNPAID_WHILE_PROFESSIONALS_PAID,
  /**
   * The person received a fee, but less per hour than every professional who received a fee: less
   * than the lowest professional rate, so no single well-paid professional can cause the flag.
   */
  PAID_LESS_PER_HOUR
}
