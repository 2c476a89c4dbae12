package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The rungs of the ladder of co-production, from the bottom up. The order of the constants is the
 * order of the ladder, so {@link #compareTo} says which rung is higher.
 *
 * <p>The ladder's advice is to aim for the top rung and step down for an aspect of the work only
 * for a reason that is named and shared openly. Source: "Which rung on the ladder of co-production
 * are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018.
 */
@API(status = STABLE, since = "0.1")
public enum LadderRung {
  /** People are made to take part or to accept a service; they have no say. */
  COERCION,
  /** People are taught about a service that has already been decided. */
  EDUCATING,
  /** People are told what is happening; nothing flows back. */
  INFORMING,
  /** People are asked for views, but others decide what to do with them. */
  CONSULTATION,
  /**
   * People are involved more often and have more chance to shape things, but do not share power.
   */
  ENGAGEMENT,
  /** People help design the service, but do not share in delivering or deciding everything. */
  CO_DESIGN,
  /** People and professionals share power and work as equals at every step. */
  CO_PRODUCTION;

  /**
   * Whether this rung is below co-production, so an initiative that declares it for a stage owes
   * its participants a reason.
   *
   * @return true for every rung but {@link #CO_PRODUCTION}
   */
  public boolean needsReason() {
    return this != CO_PRODUCTION;
  }

  /**
   * Whether this rung is higher up the ladder than another.
   *
   * @param other the rung to compare with
   * @return true when this rung gives people more power than {@code other}
   */
  public boolean isAbove(LadderRung other) {
    return compareTo(other) > 0;
  }
}
