/**
 * Pure scoring of co-production checklists: {@link org.coproduction.scoring.Scoring} turns
 * everybody's answers (and what the records say) into a {@link
 * org.coproduction.scoring.ScoreReport}, and {@link org.coproduction.scoring.trend.Trends} compares
 * two review rounds in a {@link org.coproduction.scoring.trend.TrendReport}.
 *
 * <p>Start at {@link org.coproduction.scoring.Scoring}. This package holds the front door, the
 * settings ({@link org.coproduction.scoring.ScoringSettings}) and the scores themselves (item,
 * aggregate, area, principle); the rest of a report lives by concern: {@code
 * org.coproduction.scoring.flags} (red flags, tokenism signals, records against raters), {@code
 * org.coproduction.scoring.perspectives} (scores by interest group and side, small groups hidden),
 * {@code org.coproduction.scoring.agreement} (Krippendorff's alpha) and {@code
 * org.coproduction.scoring.trend} (two rounds compared). The ladder of participation, fairness of
 * payment and representation have packages of their own.
 *
 * <p>Results are immutable values that read and write as JSON documents through {@link
 * org.coproduction.core.Documents}. Every number carries a one-sentence reason and the counts
 * behind it; a score with too few raters is marked inconclusive rather than hidden or set to zero;
 * groups with fewer than k raters are hidden from breakdowns, with the reason shown. Sources:
 * {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and accountability" (a checklist
 * everybody scores) and "Co-production: Practicing what they preach?" (tokenism).
 */
package org.coproduction.scoring;
