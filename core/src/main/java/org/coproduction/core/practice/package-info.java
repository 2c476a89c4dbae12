/**
 * The vocabulary of doing co-production, from the national guide and the ladder post: the stages of
 * the work ({@link org.coproduction.core.practice.Stage}), the rungs of the ladder of co-production
 * ({@link org.coproduction.core.practice.LadderRung}), how deep co-production goes ({@link
 * org.coproduction.core.practice.CoProductionLevel}), the four pieces of the guide's jigsaw of
 * change ({@link org.coproduction.core.practice.JigsawArea}), and the guide's twenty
 * recommendations ({@link org.coproduction.core.practice.Recommendations}).
 *
 * <p>Who needs it: anyone recording an initiative's stage plans, writing checklist items that point
 * to the advice they test, or grouping scores by jigsaw area. Start at {@link
 * org.coproduction.core.practice.Recommendations#catalogue()} for the built-in advice, or {@link
 * org.coproduction.core.practice.RecommendationCatalogue} to keep an organisation's own. Sources:
 * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, sections "Defining co-production" and "How to do co-production", and the summary
 * "Recommendations" at the front of the guide; "Which rung on the ladder of co-production are you
 * on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core.practice;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
