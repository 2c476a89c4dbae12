package org.coproduction.scoring.flags;

import org.coproduction.scoring.ScoringSettings;

/** What raised a red flag. A flag may have both triggers. */
public enum FlagTrigger {
  /**
   * At least the configured share of raters who gave a scored answer said {@code NO} ({@link
   * ScoringSettings#redFlagShare()}, default one third).
   */
  RATERS_SAID_NO,
  /** The initiative's own records answer the item {@code NO}. */
  RECORDS_SAID_NO
}
