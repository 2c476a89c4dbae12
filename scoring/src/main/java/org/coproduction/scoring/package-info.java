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
 * groups with fewer than k raters are hidden from breakdowns, with the reason shown. Sources: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016 (a checklist everybody scores); "Co-production: Practicing what they preach?", Anonymous,
 * SCIE Co-production Festival blog, 28 June 2016 (tokenism).
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
