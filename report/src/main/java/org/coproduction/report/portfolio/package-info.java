/**
 * A portfolio view over many evaluations, for a council with forty projects or a national
 * programme: how overall, area and principle scores are spread, which red flags recur across
 * initiatives, the initiatives ranked with the uncertainty of each score, and the interest groups
 * least heard. {@link org.coproduction.report.portfolio.Portfolio#of} builds a {@link
 * org.coproduction.report.portfolio.PortfolioReport} from evaluation reports, a pure function;
 * {@link org.coproduction.report.portfolio.PortfolioText} writes it as Markdown or CSV and {@link
 * org.coproduction.report.portfolio.PortfolioHtml} as one HTML page.
 *
 * <p>The disclosure rule of single reports holds across initiatives too: a spread is shown only
 * when at least k initiatives have a score for it (k is the scoring settings' smallest group, 3 by
 * default), and group figures come only from the group scores each report already shows. Only
 * conclusive scores are ranked or spread; inconclusive ones are listed, unranked, with the reason.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.portfolio;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
