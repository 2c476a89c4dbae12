package org.coproduction.core.ledger;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a person's time went on. The kinds follow the parts of co-production that people take part
 * in (designing, delivering, evaluating; "Co-production in social care: What it is and how to do
 * it", SCIE, October 2013, updated October 2015, section "Defining co-production") and the time
 * around them that is easily forgotten, such as getting ready and travelling, which the guide
 * counts among the costs of taking part ("Co-production in social care: What it is and how to do
 * it", SCIE, October 2013, updated October 2015, section "The costs of co-production").
 */
@API(status = STABLE, since = "0.1")
public enum ContributionKind {
  /** Taking part in a meeting, workshop or board. */
  MEETING,
  /** Designing or redesigning a service, a policy or materials together. */
  DESIGN_WORK,
  /** Helping to run the service itself, for example volunteering at a club or training staff. */
  DELIVERY,
  /** Reviewing or evaluating what has been done, for example on a panel or in a survey team. */
  EVALUATION,
  /** Reading papers, preparing contributions and other work done before or between meetings. */
  PREPARATION,
  /** Time spent travelling to and from the work. */
  TRAVEL,
  /** Any other time given to the initiative. */
  OTHER
}
