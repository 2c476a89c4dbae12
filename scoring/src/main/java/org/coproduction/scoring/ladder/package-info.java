/**
 * Ladder placement: for each stage of an initiative's work, the highest rung of the ladder of
 * co-production that its own records support, compared with the rung it declares.
 *
 * <p>The ladder's advice is to start at the top rung and step down for a part of the work only for
 * a genuine reason, stated openly; organisations often engage or consult and believe they are
 * co-producing. This package reads an {@link org.coproduction.core.initiative.Initiative}'s records
 * (when people who use services and carers joined each stage, decisions settled before they were
 * involved, suggestions never fed back) and caps each stage at the rung the evidence allows.
 * Evidence can only lower what is claimed, never raise it. Sources: "Which rung on the ladder of
 * co-production are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018;
 * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, sections "Defining co-production" and "Identifying and involving the right people from the
 * start"; "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival
 * blog, 16 June 2016.
 *
 * <p>Start with {@link org.coproduction.scoring.ladder.Ladders#assess}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring.ladder;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
