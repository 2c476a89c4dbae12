/**
 * What changed between two review rounds of one initiative: {@link
 * org.coproduction.scoring.trend.Trends#compare} turns two {@link
 * org.coproduction.scoring.ScoreReport}s into a {@link org.coproduction.scoring.trend.TrendReport}
 * of score changes ({@link org.coproduction.scoring.trend.ScoreChange}, {@link
 * org.coproduction.scoring.trend.ItemTrend}) and flags raised or cleared ({@link
 * org.coproduction.scoring.trend.FlagChange}).
 *
 * <p>Who needs it: anyone following an initiative over time. Start at {@link
 * org.coproduction.scoring.trend.Trends}; a change smaller than {@link
 * org.coproduction.scoring.ScoringSettings#minimumMeaningfulChange()} is reported as {@link
 * org.coproduction.scoring.trend.Direction#UNCHANGED}.
 */
package org.coproduction.scoring.trend;
