/**
 * Action plans: what an organisation will do about each red flag of a report, who does it, by when,
 * and by which review round the flag should clear; and how the next round's report follows the plan
 * up.
 *
 * <p>A report that only names problems changes nothing; the guide asks for reviews whose findings
 * are used to get better ("Co-production in social care: What it is and how to do it", SCIE,
 * October 2013, updated October 2015, section "How to do co-production > Review >
 * Recommendations"), and the "co-production police" post asks that people hear what came of their
 * answers ("The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival
 * blog, 16 June 2016).
 *
 * <p>Start with {@link org.coproduction.report.actions.ActionPlans#draft}: it turns an evaluation
 * report's red flags into a draft {@link org.coproduction.report.actions.ActionPlan}, each action
 * one of the guide's twenty recommendations written out in full. People edit the draft (owner, due
 * date, status, what exactly they will do) and read it back with {@code Documents.read(file,
 * ActionPlan.class)}. Put the plan in the evaluation ({@code actionPlan}) and the next round's
 * report holds an {@link org.coproduction.report.actions.ActionReview}: which actions were due,
 * which were done, whether their flags cleared, and which overdue actions left a flag raised.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.report.actions;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
