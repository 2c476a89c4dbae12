/**
 * Checklist items answered from an initiative's own records rather than by raters: notice given,
 * expenses and fees, convenient times, every interest group invited and present, venue access,
 * comments recorded, outcomes fed back, and people who use services and carers involved from the
 * start. {@link org.coproduction.checklist.records.RecordChecks} gives the answers with the
 * evidence behind them; {@link org.coproduction.checklist.records.RecordComparison} sets them
 * beside what raters said. Source: "The Co-production Police and accountability", Kevin Minier,
 * SCIE Co-production Festival blog, 16 June 2016.
 *
 * <p>Who needs it: anyone who scores an initiative that keeps records of its meetings, suggestions
 * and decisions. Start at {@link
 * org.coproduction.checklist.records.RecordChecks#answer(org.coproduction.core.initiative.Initiative)};
 * the thresholds (days of notice, convenient hours) are in {@link
 * org.coproduction.checklist.records.RecordCheckSettings}. Scoring sets these answers beside the
 * raters' through {@code org.coproduction.scoring.flags}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.checklist.records;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
