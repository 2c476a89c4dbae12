/**
 * Evaluating one case and writing its report. An {@link org.coproduction.report.Evaluation} file
 * holds the initiative's records, its ledger, the checklist used and everybody's answers; {@link
 * org.coproduction.report.Evaluator#evaluate} scores it into an {@link
 * org.coproduction.report.EvaluationReport} (scores, red flags, record checks, ladder, fairness,
 * representation and trend); {@link org.coproduction.report.ReportFormat} writes that report as
 * text, Markdown, CSV, HTML, SARIF or JSON.
 *
 * <p>Start with {@link org.coproduction.report.Evaluator#evaluate}. To show an HTML report in your
 * own web application, depend on {@code coproduction-report} (no command-line parser comes with it)
 * and serve what {@link org.coproduction.report.HtmlReport#render} returns: one self-contained page
 * with no scripts. To feed a dashboard or code-scanning tool, use {@link
 * org.coproduction.report.SarifReport}; for spreadsheets, {@link
 * org.coproduction.report.CsvReport}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
