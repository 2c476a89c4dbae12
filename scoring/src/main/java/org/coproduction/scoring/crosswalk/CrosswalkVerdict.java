package org.coproduction.scoring.crosswalk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.coproduction.scoring.Band;
import org.coproduction.scoring.ScoreStatus;
import org.coproduction.scoring.ScoringSettings;

/**
 * Whether the instruments tell the same story about one principle. Only conclusive scores are
 * compared: a thin score or none at all never counts as agreement, and neither does a principle
 * that only one instrument asks about.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CrosswalkVerdict {
  /**
   * Every instrument that asks about the principle has a {@link ScoreStatus#CONCLUSIVE} score, and
   * every two of them are in the same {@link Band} or less than {@link
   * ScoringSettings#minimumMeaningfulChange()} points apart (10 unless set: the change a trend
   * calls no change).
   */
  AGREE,
  /**
   * Every instrument that asks about the principle has a conclusive score, but at least two of them
   * are in different bands and at least {@link ScoringSettings#minimumMeaningfulChange()} points
   * apart.
   */
  DIFFER,
  /**
   * At least two instruments ask about the principle, but at least one of their scores is not
   * conclusive (too few raters, or no scored answers, for example when every answer was left out to
   * protect a small group), so they cannot be compared.
   */
  NOT_COMPARABLE,
  /** Only one instrument maps items to the principle: what it says stands alone. */
  ONE_INSTRUMENT_ONLY,
  /** No instrument maps items to the principle. */
  NOT_ASKED;

  /**
   * The verdict as people say it.
   *
   * @return for example {@code one instrument only}
   */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
