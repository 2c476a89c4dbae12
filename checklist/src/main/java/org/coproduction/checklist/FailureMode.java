package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The ten ways that so-called co-production fails the people it claims to include, as a carer
 * listed them when calling for a checklist that everybody involved scores. Each is the broken form
 * of a good practice, and the built-in checklist has at least one item that guards against each.
 * Source: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival
 * blog, 16 June 2016.
 */
@API(status = STABLE, since = "0.1")
public enum FailureMode {
  /** People were brought in only at the end, to approve (rubber-stamp) what others had done. */
  INVOLVED_ONLY_AT_THE_END,
  /** The answer had been chosen before people were asked, so taking part could not change it. */
  SOLUTION_DECIDED_IN_ADVANCE,
  /** Suggestions were turned down because they did not fit the way things are done now. */
  SUGGESTIONS_REJECTED_FOR_NOT_FITTING,
  /** People felt listened to, but nothing they said shows in the final service. */
  LISTENED_TO_BUT_NOT_IN_THE_RESULT,
  /** People were consulted once and never heard what became of it. */
  NEVER_HEARD_OF_AGAIN,
  /** No travel expenses were offered, let alone a fee for people's time. */
  NO_EXPENSES_OR_FEE,
  /**
   * Too little notice, meetings at times people could not manage because of their other
   * commitments, and not even lunch.
   */
  POOR_NOTICE_AND_TIMING,
  /** The venue took no account of physical access or sensory needs. */
  VENUE_NOT_ACCESSIBLE,
  /** People who have a real stake were not there, or were not even invited. */
  KEY_STAKEHOLDERS_MISSING,
  /** Important comments were left out of the record, and so in effect ignored. */
  COMMENTS_NOT_RECORDED
}
