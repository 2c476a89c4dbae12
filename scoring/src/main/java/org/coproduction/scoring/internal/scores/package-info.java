/**
 * How score reports and trend reports are worked out. Not exported: callers use {@link
 * org.coproduction.scoring.Scoring} and {@link org.coproduction.scoring.Trends}.
 *
 * <p>Everything here is a pure function of its arguments. Scores are worked out from answer counts
 * in exact decimal arithmetic and rounded half up once, to one decimal, so the same answers give
 * the same report whatever order raters or their answers come in, and a reader redoing a sum by
 * hand gets the same number.
 */
package org.coproduction.scoring.internal.scores;
