/**
 * Scoring many evaluations in one run, for researchers and councils who evaluate many initiatives
 * at once: a council's forty projects, a national programme's yearly survey. {@link
 * org.coproduction.report.batch.EvaluationFiles} turns files, folders and JSON-lines files into one
 * {@link org.coproduction.report.batch.EvaluationInput} per evaluation, each either read or with
 * the reason it could not be, so one bad file never stops the others; {@link
 * org.coproduction.report.batch.EvaluationLines} is the streaming reader behind JSON-lines files,
 * which goes on past a bad line; {@link org.coproduction.report.batch.CombinedCsv} stacks many CSV
 * reports into one table with the evaluation's and initiative's ids on every row; {@link
 * org.coproduction.report.batch.ReportFiles} names the file each report goes in.
 *
 * <p>The {@code evaluate} command in {@code org.coproduction.examples} is one user of these; a
 * program that scores many evaluations its own way can use them directly with {@link
 * org.coproduction.report.Evaluator}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.batch;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
