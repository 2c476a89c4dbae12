/**
 * Tidy tables of an evaluation report, for researchers who stack many evaluations in R or pandas:
 * one row per score ({@link org.coproduction.report.tidy.TidyScores}) and one row per red flag
 * ({@link org.coproduction.report.tidy.TidyFlags}), each row carrying the evaluation's, the
 * initiative's and the rating round's ids so that the tables of any number of evaluations can be
 * appended to one another. The rows are plain values, built by pure functions from an {@link
 * org.coproduction.report.EvaluationReport}; {@link org.coproduction.report.tidy.TidyCsv} writes
 * them as CSV, which is what the {@code evaluate} command's {@code --format tidy-scores} and {@code
 * --format tidy-flags} print.
 *
 * <p>Conventions, the same in every table: codes are spelt as the JSON report spells them (upper
 * case with underscores, such as {@code PEOPLE_WHO_USE_SERVICES} or {@code CONCLUSIVE}); a missing
 * value is an empty cell, never a word, so that no id can be mistaken for it (pandas reads an empty
 * cell as missing by default, readr's {@code read_csv} too, and base R's {@code read.csv} with
 * {@code na.strings = ""}); yes-or-no columns hold {@code TRUE} or {@code FALSE}, which both
 * languages read as logical values; scores are numbers from 0 to 100 with one decimal, shares
 * numbers from 0 to 1 with three; a duration, should a table gain one, is a number of hours.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.tidy;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
