package org.coproduction.scoring;

/**
 * How what an initiative's records show compares with what raters said about the same item. A wide
 * difference either way is worth a look: records may miss what people lived through, and people may
 * not know what the records show.
 */
public enum RecordComparison {
  /** The records and the raters' score are less than 50 points apart. */
  AGREE,
  /**
   * The records are at least 50 points worse than the raters' score: for example the records say
   * {@code NO} while raters score the item 50 or more.
   */
  RECORDS_WORSE,
  /**
   * The records are at least 50 points better than the raters' score: for example the records say
   * {@code YES} while raters score the item 50 or less.
   */
  RECORDS_BETTER
}
