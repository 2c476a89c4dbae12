package org.coproduction.scoring.ladder;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.coproduction.core.practice.LadderRung;

/**
 * A rule that reads an initiative's records and, when the evidence is there, caps a stage at a rung
 * of the ladder. Each rule names a way people are kept from sharing power, and the rung is the
 * highest one that is still honest once that has happened. Sources: "Which rung on the ladder of
 * co-production are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018; "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016.
 */
@API(status = STABLE, since = "0.1")
public enum LadderRule {
  /**
   * People who use services and carers never joined a stage that has started: they can at most have
   * been told about it, so the stage is capped at {@link LadderRung#INFORMING}. A stage with no
   * start date, no meetings and no decisions has not started, and this rule waits.
   */
  USERS_AND_CARERS_NEVER_JOINED,
  /**
   * A decision of the stage was settled before people who use services and carers were involved,
   * either because the record says so or because it is dated before they joined the stage: they
   * could only give views on something already decided, so the stage is capped at {@link
   * LadderRung#CONSULTATION}. A decision recorded as settled beforehand that belongs to no one
   * stage concerns the whole initiative and caps every stage. This is the "solution decided in
   * advance" and "rubber-stamp" failure of the co-production police.
   */
  DECISION_SETTLED_BEFORE_USERS_JOINED,
  /**
   * A suggestion made at one of the stage's meetings was decided (adopted, adapted or rejected) but
   * the outcome was never fed back to the person who made it: people were listened to but never
   * heard of again, so they were engaged rather than sharing power, and the stage is capped at
   * {@link LadderRung#ENGAGEMENT}. Suggestions still pending are not counted, since there is
   * nothing to feed back yet.
   */
  SUGGESTIONS_NOT_FED_BACK,
  /**
   * People who use services and carers joined the stage after it had started (after the plan's
   * start date or the stage's first meeting, whichever is earlier): part of the work was done
   * without them, so it was not co-produced from start to end. The stage is capped at the rung in
   * {@link LadderSettings#lateJoinCap()}, {@link LadderRung#CO_DESIGN} unless set otherwise.
   */
  JOINED_AFTER_STAGE_STARTED
}
