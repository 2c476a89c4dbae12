package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How much it costs people when a checklist item is failed. Levels are defined by the harm to the
 * people taking part, the way accessibility checkers rank a barrier by what it does to the person
 * who meets it, not by how hard it is to fix. Scoring can use it to raise red flags: one failed
 * {@link #CRITICAL} item matters even when the overall score looks good.
 *
 * <p>The built-in checklist grades its items from the failures a carer listed in "The Co-production
 * Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016, and
 * from the accessibility principle of "Co-production in social care: What it is and how to do it",
 * SCIE, October 2013, updated October 2015, section "Principles of co-production".
 */
@API(status = STABLE, since = "0.1")
public enum Severity {
  /**
   * People are shut out or harmed: they cannot take part at all, taking part costs them money,
   * health or safety, or their part is a sham because the outcome was fixed without them.
   */
  CRITICAL,
  /**
   * People can be in the room, but their voice is weakened or lost: what they say has little chance
   * of changing anything, or some people take part on worse terms than others.
   */
  SERIOUS,
  /**
   * Taking part is harder or less fair than it should be, or the organisation is less able to keep
   * co-production going, but people can still take part and be heard.
   */
  MODERATE,
  /** A missed chance to do better, with little direct cost to the people taking part. */
  MINOR
}
