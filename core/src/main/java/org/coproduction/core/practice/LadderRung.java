package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The rungs of the ladder of co-production, from the bottom up. The order of the constants is the
 * order of the ladder, so {@link #compareTo} says which rung is higher.
 *
 * <p>The ladder's advice is to aim for the top rung and step down for an aspect of the work only
 * for a reason that is named and shared openly. Source: "Which rung on the ladder of co-production
 * are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018, which describes the top
 * rung, warns that organisations often engage and consult while believing they co-produce, and says
 * the ladder is one of the resources on the Think Local Act Personal (TLAP) website; co-designing
 * is named as a part of that ladder in "Searching for the Aha! moment. Co-production in care",
 * Sophie Chester-Glyn, SCIE Co-production Week blog, 9 July 2018.
 *
 * <p>What is the library's own: no source the library cites names the three lowest rungs, so {@link
 * #COERCION}, {@link #EDUCATING} and {@link #INFORMING}, the order of all seven and the one-line
 * meaning of each rung below the top are the library's own, not quoted from a source. Check them
 * against the published ladder before relying on them in a report.
 */
@API(status = STABLE, since = "0.1")
public enum LadderRung {
  /**
   * People are made to take part or to accept a service; they have no say. The bottom rung; its
   * name and meaning are the library's own.
   */
  COERCION,
  /**
   * People are taught about a service that has already been decided. The name and meaning are the
   * library's own.
   */
  EDUCATING,
  /**
   * People are told what is happening; nothing flows back. The name and meaning are the library's
   * own.
   */
  INFORMING,
  /**
   * People are asked for views, but others decide what to do with them. The ladder post sets
   * consulting below co-production; the meaning is the library's own.
   */
  CONSULTATION,
  /**
   * People are involved more often and have more chance to shape things, but do not share power.
   * The ladder post sets engaging below co-production; the meaning is the library's own.
   */
  ENGAGEMENT,
  /**
   * People help design the service, but do not share in delivering or deciding everything. Named in
   * "Searching for the Aha! moment. Co-production in care" (see above); the meaning is the
   * library's own.
   */
  CO_DESIGN,
  /**
   * The top rung: an equal working relationship between people who use services and people who work
   * in them, from designing a service to delivering it, with decisions shared from strategy to
   * delivery, as the ladder post describes it.
   */
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
