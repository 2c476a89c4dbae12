/**
 * The best-practice checklist that everybody involved in an activity scores, so the organisation
 * running it sees how well its process works through each group's eyes: the {@link
 * org.coproduction.checklist.Checklist} and its {@link org.coproduction.checklist.ChecklistItem}s,
 * the built-in one ({@link org.coproduction.checklist.BuiltInChecklist}), an organisation's own
 * derived from it ({@link org.coproduction.checklist.ChecklistDerivation}, {@link
 * org.coproduction.checklist.LocaleTexts}), and one rater's answers ({@link
 * org.coproduction.checklist.ResponseSet}). Source: "The Co-production Police and accountability",
 * Kevin Minier, SCIE Co-production Festival blog, 16 June 2016.
 *
 * <p>Who needs it: anyone collecting answers or writing their own checklist. Start at {@link
 * org.coproduction.checklist.BuiltInChecklist}; answers go to {@code org.coproduction.scoring}, and
 * the items answered from an initiative's own records are in {@code
 * org.coproduction.checklist.records}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.checklist;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
