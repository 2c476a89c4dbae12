package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The parts of the work that can each be co-produced, in the order they usually happen. An
 * initiative declares, for each stage, how far up the ladder it goes. Source: "Co-production in
 * social care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
 * "Defining co-production" (co-design, co-decision-making, co-delivery, co-evaluation).
 */
@API(status = STABLE, since = "0.1")
public enum Stage {
  /** Planning and designing the service together. */
  CO_DESIGN,
  /** Deciding together how resources such as money, staff and time are used. */
  CO_DECISION_ON_RESOURCES,
  /** Running the service together. */
  CO_DELIVERY,
  /** Judging together how well the service works and what to change. */
  CO_EVALUATION
}
