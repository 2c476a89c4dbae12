package org.coproduction.report.tidy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a row of the tidy scores table scores: the whole checklist, one area of the jigsaw of
 * change, one principle or one checklist item. Filter on it before comparing values, since a
 * principle's score and an item's score are different quantities.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum TidyLevel {
  /** The whole checklist: one row for all raters and one per interest group, per round. */
  OVERALL,
  /** One area of the jigsaw (culture, structure, practice, review). */
  AREA,
  /** One principle of the framework the checklist serves, such as equality. */
  PRINCIPLE,
  /** One checklist item. */
  ITEM
}
