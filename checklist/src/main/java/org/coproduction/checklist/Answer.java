package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The codes of the built-in yes/partly/no scale ({@link AnswerScales#YES_PARTLY_NO}), the scale of
 * every checklist that names no other. A response stores a code ({@link
 * ItemResponse#answerCode()}); these constants are the names of that scale's codes, kept so code
 * written for yes, partly and no reads as before.
 *
 * <p>{@link #DONT_KNOW} and {@link #NOT_APPLICABLE} are real answers that people are entitled to
 * give, but they say nothing about how well the item is done: scoring treats them as missing, never
 * as a pass and never as a fail. Source: "The Co-production Police and accountability", Kevin
 * Minier, SCIE Co-production Festival blog, 16 June 2016 (a checklist that everybody involved
 * scores).
 */
@API(status = STABLE, since = "0.1")
public enum Answer {
  /** The good practice happened. */
  YES,
  /** It happened in part, or some of the time. */
  PARTLY,
  /** It did not happen. */
  NO,
  /** The rater cannot say. */
  DONT_KNOW,
  /** The item does not apply to this initiative. */
  NOT_APPLICABLE;

  /**
   * Whether the answer says how well the item is done, and so counts towards a score.
   *
   * @return true for {@link #YES}, {@link #PARTLY} and {@link #NO}
   */
  public boolean isScored() {
    return this == YES || this == PARTLY || this == NO;
  }
}
