package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Something a reader of a stage's placement should act on or know. */
@API(status = STABLE, since = "0.1")
public enum LadderFinding {
  /**
   * The initiative declares a higher rung than its records support: it says it co-produces (or
   * co-designs) where the evidence shows engagement or consultation. The ladder post warns that
   * this is common. Source: "Which rung on the ladder of co-production are you on?", Kate Sibthorp,
   * SCIE Co-production Week blog, 3 July 2018.
   */
  OVER_CLAIMED,
  /**
   * The stage sits below co-production on the evidence, but the initiative gives no reason for
   * working below the top rung. The ladder asks that any step down be for a genuine reason, stated
   * openly. (A plan that declares a lower rung must already give a reason, so in practice this
   * arises when a stage declared as co-production is found lower.)
   */
  LOWER_RUNG_UNEXPLAINED,
  /**
   * The stage has no start date, meetings or decisions and nobody has joined it yet, so there is
   * nothing yet to check the declared rung against. Not a failure; a note.
   */
  NOT_YET_STARTED
}
