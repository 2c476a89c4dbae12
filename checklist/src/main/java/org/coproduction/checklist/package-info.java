/**
 * The best-practice checklist that everybody involved in an activity scores, so the organisation
 * running it sees how well its process works through each group's eyes: the {@link
 * org.coproduction.checklist.Checklist} and its {@link org.coproduction.checklist.ChecklistItem}s,
 * the built-in one ({@link org.coproduction.checklist.BuiltInChecklist}), the national guide's
 * recommendations as an organisation's self-assessment ({@link
 * org.coproduction.checklist.RecommendationsSelfAssessment}), an organisation's own derived from it
 * ({@link org.coproduction.checklist.ChecklistDerivation}, {@link
 * org.coproduction.checklist.LocaleTexts}), and one rater's answers ({@link
 * org.coproduction.checklist.ResponseSet}). Source: "The Co-production Police and accountability",
 * Kevin Minier, SCIE Co-production Festival blog, 16 June 2016.
 *
 * <p>Answer scales: every item is answered on an {@link org.coproduction.checklist.AnswerScale},
 * ordered answers each worth a value on the 0 to 100 score plus options that never count (don't
 * know, not applicable). A checklist names its scale and an item may name another; the built-in
 * ones are in {@link org.coproduction.checklist.AnswerScales}, and a checklist document can define
 * its own. How the yes/partly/no API carries on: a response stores a scale-neutral code ({@link
 * org.coproduction.checklist.ItemResponse#answerCode()}, the same JSON field {@code answer} with
 * the same codes {@code YES} … {@code NOT_APPLICABLE}); {@link org.coproduction.checklist.Answer}
 * stays as the names of the built-in scale's codes, so {@code ItemResponse.of(id, Answer.YES)}, the
 * builder's {@code answer(Answer)} and {@code answer()} keep compiling and working for checklists
 * on that scale ({@code answer()} refuses a code from another scale rather than guess). A checklist
 * that names no scale is on yes/partly/no, so every document written before scales existed reads
 * and writes unchanged. Answers from an initiative's records stay yes, partly or no: they are facts
 * about what the records show, whatever scale people answer on.
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
