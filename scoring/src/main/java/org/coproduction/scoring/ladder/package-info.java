/**
 * Ladder placement: for each stage of an initiative's work, the highest rung of the ladder of
 * co-production that its own records support, compared with the rung it declares.
 *
 * <p>The ladder's advice is to start at the top rung and step down for a part of the work only for
 * a genuine reason, stated openly; organisations often engage or consult and believe they are
 * co-producing. This package reads an {@link org.coproduction.core.initiative.Initiative}'s records
 * (when people who use services and carers joined each stage, decisions settled before they were
 * involved, suggestions never fed back) and caps each stage at the rung the evidence allows.
 * Evidence can only lower what is claimed, never raise it. Sources: {@code
 * 000_c89612a375d72873.txt}, "Which rung on the ladder of co-production are you on?"; {@code
 * 002_ed537c7d2d404e79.txt}, "Defining co-production" and "Identifying and involving the right
 * people from the start"; {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and
 * accountability".
 *
 * <p>Start with {@link org.coproduction.scoring.ladder.Ladders#assess}.
 */
package org.coproduction.scoring.ladder;
