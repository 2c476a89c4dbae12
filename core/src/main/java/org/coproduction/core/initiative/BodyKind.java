package org.coproduction.core.initiative;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What sort of group a {@link Body} is. Co-production boards and groups led by people who use
 * services are one of the structures the sources describe. Sources: "On the board in Oxfordshire",
 * Ben McCay, SCIE Co-production Week blog, 5 July 2018; "Co-production in social care: What it is
 * and how to do it", SCIE, October 2013, updated October 2015, section "Citizen-led quality boards
 * and Making it Real".
 */
@API(status = STABLE, since = "0.1")
public enum BodyKind {
  /** A group that steers the work of the initiative from day to day. */
  STEERING_GROUP,
  /** A board that oversees the initiative and holds it to account. */
  BOARD,
  /** A panel convened for a task, such as recruiting staff or assessing bids. */
  PANEL,
  /** Any other standing group. */
  OTHER
}
