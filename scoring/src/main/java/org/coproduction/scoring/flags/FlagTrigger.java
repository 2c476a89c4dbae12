package org.coproduction.scoring.flags;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.scoring.ScoringSettings;

/** What raised a red flag. A flag may have a raters' trigger and a records' trigger. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FlagTrigger {
  /**
   * At least the configured share of raters who gave a scored answer said {@code NO} ({@link
   * ScoringSettings#redFlagShare()}, default one third); on another answer scale, gave its bottom
   * answer, the one worth 0 (see {@link org.coproduction.checklist.AnswerScale}).
   */
  RATERS_SAID_NO,
  /** The initiative's own records answer the item {@code NO}, whatever its severity. */
  RECORDS_SAID_NO,
  /**
   * The records answer a {@code CRITICAL} item {@code PARTLY}: at least one meeting, decision,
   * suggestion or group fell short of a practice whose failure harms people, and one such failure
   * is enough to be named. Items of lower severity keep the rule that only a records {@code NO}
   * raises a flag. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
   * Co-production Festival blog, 16 June 2016 ("name and shame, if necessary").
   */
  RECORDS_PARTLY_ON_CRITICAL
}
