package org.coproduction.core.initiative;

/**
 * What sort of group a {@link Body} is. Co-production boards and groups led by people who use
 * services are one of the structures the sources describe. Sources: {@code
 * 000_c89612a375d72873.txt}, "On the board in Oxfordshire"; {@code 002_ed537c7d2d404e79.txt},
 * "Citizen-led quality boards and Making it Real".
 */
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
