/**
 * How score reports and trend reports are worked out. Not exported: callers use {@link
 * org.coproduction.scoring.Scoring} and {@link org.coproduction.scoring.trend.Trends}.
 *
 * <p>Start at {@link org.coproduction.scoring.internal.scores.ScoreEngine}: it checks the input
 * ({@code InputChecks}), counts it once into a {@code Tally} of {@code ItemTally}s (with the
 * small-group suppression decision), and then runs one class per rule, each a pure function of the
 * tally and the settings: {@code ItemScores}, {@code Aggregates}, {@code Perspectives}, {@code
 * RaterAgreement}, {@code RedFlags} and {@code Tokenism}. Every sentence they give as a reason is
 * written in {@code Reasons}, from the words in {@code Words}. {@link
 * org.coproduction.scoring.internal.scores.TrendEngine} compares two rounds.
 *
 * <p>Scores are worked out from answer counts in exact decimal arithmetic and rounded half up once,
 * to one decimal, so the same answers give the same report whatever order raters or their answers
 * come in, and a reader redoing a sum by hand gets the same number.
 */
package org.coproduction.scoring.internal.scores;
