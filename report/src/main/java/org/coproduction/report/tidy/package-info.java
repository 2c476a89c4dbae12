/**
 * Tidy tables of an evaluation report, for researchers who stack many evaluations in R or pandas:
 * one row per score ({@link org.coproduction.report.tidy.TidyScores}), one row per red flag ({@link
 * org.coproduction.report.tidy.TidyFlags}), one row per suggestion of "You said, we did, or why
 * not" ({@link org.coproduction.report.tidy.TidySuggestions}), one row per interest group of the
 * fairness section ({@link org.coproduction.report.tidy.TidyFairness}), and, for an initiative
 * assessed with more than one instrument, one row per principle and instrument of the crosswalk
 * ({@link org.coproduction.report.tidy.TidyCrosswalk}, without a round), each row carrying the
 * evaluation's and the initiative's ids, and the rating round's or the ledger's, so that the tables
 * of any number of evaluations can be appended to one another. The rows are plain values, built by
 * pure functions from an {@link org.coproduction.report.EvaluationReport}; {@link
 * org.coproduction.report.tidy.TidyCsv} writes them as CSV, which is what the {@code evaluate}
 * command's {@code --format tidy-scores}, {@code tidy-flags}, {@code tidy-suggestions}, {@code
 * tidy-fairness} and {@code tidy-crosswalk} print.
 *
 * <p>Conventions, the same in every table: codes are spelt as the JSON report spells them (upper
 * case with underscores, such as {@code PEOPLE_WHO_USE_SERVICES} or {@code CONCLUSIVE}); a missing
 * value is an empty cell, never a word, so that no id can be mistaken for it (pandas reads an empty
 * cell as missing by default, readr's {@code read_csv} too, and base R's {@code read.csv} with
 * {@code na.strings = ""}); yes-or-no columns hold {@code TRUE} or {@code FALSE}, which both
 * languages read as logical values; scores are numbers from 0 to 100 with one decimal, shares
 * numbers from 0 to 1 with three; a duration is a number of hours with two decimals (90 minutes is
 * {@code 1.50}); amounts of money are decimals in the currency of the row's {@code currency}
 * column; dates are ISO dates such as {@code 2026-03-14}. A figure the report leaves out to protect
 * people (a group with fewer than k people) is an empty cell too: the scores' and the fairness
 * table's status columns say when figures are left out, and in the suggestions table an empty
 * interest group means a group too small to name.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.tidy;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
