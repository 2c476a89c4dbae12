package org.coproduction.report.actions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where a planned action has got to; the people who own the plan keep it up to date. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ActionStatus {
  /** Drafted from the report and not yet agreed: every action of a fresh draft. */
  PROPOSED,
  /** Agreed by the people who own the plan, not yet started. */
  AGREED,
  /** Started and not finished. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Decided against; say why in the action's note. */
  DROPPED;

  /**
   * Whether the action is still to be done: not done and not dropped.
   *
   * @return true for proposed, agreed and in-progress actions
   */
  public boolean open() {
    return this != DONE && this != DROPPED;
  }
}
