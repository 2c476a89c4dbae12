/**
 * What a provider should look at first: {@link org.coproduction.scoring.flags.RedFlag}s (enough
 * raters, or the records, said {@code NO}), {@link org.coproduction.scoring.flags.TokenismSignal}s
 * (the provider side rates itself well and people with lived experience do not), and the one rule
 * that compares what the records say with what raters say, {@link
 * org.coproduction.scoring.flags.RecordsVersusRaters#compare}.
 *
 * <p>Who needs it: anyone writing a report or an alert from a {@link
 * org.coproduction.scoring.ScoreReport}; start at {@link
 * org.coproduction.scoring.ScoreReport#redFlags()} and {@link
 * org.coproduction.scoring.ScoreReport#tokenism()}. The thresholds are in {@link
 * org.coproduction.scoring.ScoringSettings}. A report that compares records with raters calls
 * {@link org.coproduction.scoring.flags.RecordsVersusRaters#compare} rather than writing the rule
 * again.
 */
package org.coproduction.scoring.flags;
