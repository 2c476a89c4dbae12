package org.coproduction.scoring.flags;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.scoring.ScoringSettings;

/** What raised a red flag. A flag may have both triggers. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FlagTrigger {
  /**
   * At least the configured share of raters who gave a scored answer said {@code NO} ({@link
   * ScoringSettings#redFlagShare()}, default one third); on another answer scale, gave its bottom
   * answer, the one worth 0 (see {@link org.coproduction.checklist.AnswerScale}).
   */
  RATERS_SAID_NO,
  /** The initiative's own records answer the item {@code NO}. */
  RECORDS_SAID_NO
}
