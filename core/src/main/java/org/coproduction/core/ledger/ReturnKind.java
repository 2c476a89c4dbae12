package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a person gets back for what they put in. Reciprocity, one of the guide's four principles,
 * means that people receive something in return for taking part ("Co-production in social care:
 * What it is and how to do it", SCIE, October 2013, updated October 2015, section "Reciprocity");
 * the guide and the festival blog posts name money, time credits and other benefits ("Co-production
 * in social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Structures for valuing and rewarding people"; "The Co-production Police and accountability",
 * Kevin Minier, SCIE Co-production Festival blog, 16 June 2016, where being offered neither travel
 * expenses nor an attendance fee is one of the ten failures).
 */
@API(status = STABLE, since = "0.1")
public enum ReturnKind {
  /**
   * A payment for time, such as an attendance fee or pay at a living wage (Islington's reward and
   * recognition policy pays the London Living Wage: "Co-production in social care: What it is and
   * how to do it", SCIE, October 2013, updated October 2015, section "Islington Council Adult
   * Social Care"). Payments can put a person's welfare benefits at risk, which the same example
   * shows being handled with individual support. A fee return carries an amount.
   */
  FEE,
  /**
   * Costs of taking part paid to or for the person without a claim, such as a flat-rate travel
   * allowance or a ticket bought for them. Costs the person claimed back are recorded as an {@link
   * ExpenseClaim} instead, never twice. An expenses return carries an amount.
   */
  EXPENSES,
  /**
   * Time-bank credits earned: one hour of anyone's time earns one credit, whoever they are
   * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, section "Structures for valuing and rewarding people"; the Healthy Living Club
   * banks its volunteers' hours as time credits). A time-credits return carries the hours of credit
   * earned.
   */
  TIME_CREDITS,
  /** Training or a course offered to the person, such as peer support training. */
  TRAINING,
  /**
   * Recognition such as a certificate, a reference or a public thank-you; the guide notes that
   * confidence and new skills are returns too ("Co-production in social care: What it is and how to
   * do it", SCIE, October 2013, updated October 2015, section "Structures for valuing and rewarding
   * people").
   */
  RECOGNITION,
  /** A benefit in kind other than money, such as a meal, a voucher or a donation to a group. */
  IN_KIND
}
