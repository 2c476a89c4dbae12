package org.coproduction.scoring.agreement;

/**
 * How answers are compared when measuring agreement between raters with Krippendorff's alpha
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). The answers {@code NO},
 * {@code PARTLY} and {@code YES} have an order, so {@link #ORDINAL} fits them best; the other two
 * are given as well for comparison with other tools.
 */
public enum MeasurementScale {
  /** Answers are names only: any two different answers disagree equally. */
  NOMINAL,
  /**
   * Answers are ordered ({@code NO} &lt; {@code PARTLY} &lt; {@code YES}): the further apart two
   * answers are in that order, taking into account how often the answers between them are given,
   * the more they disagree.
   */
  ORDINAL,
  /**
   * Answers are points on a scale with equal steps (0, 0.5 and 1): disagreement is the squared
   * distance between them.
   */
  INTERVAL
}
