package org.coproduction.scoring.internal.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * How the values raters give may be compared, which decides how much two different values count as
 * a disagreement in Krippendorff's alpha (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011, sections on nominal, ordinal and interval metrics).
 */
@API(status = INTERNAL, since = "0.1")
public enum MeasurementLevel {
  /**
   * Values are names only: any two different values disagree equally (difference 1), equal ones 0.
   */
  NOMINAL,

  /**
   * Values have an order but no distance. The difference between two values grows with how many
   * pairable values lie between them: for ranks c &le; k it is (n_c + ... + n_k &minus; (n_c + n_k)
   * / 2)&sup2;, where n_g is how many pairable values equal g. Values are ordered by their numeric
   * order.
   */
  ORDINAL,

  /**
   * Values are numbers on a scale with equal steps: the difference between c and k is (c &minus;
   * k)&sup2;.
   */
  INTERVAL
}
