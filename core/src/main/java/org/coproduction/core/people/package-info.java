/**
 * The people who take part in co-production and what they bring: participants with their roles, the
 * interest group each speaks for, their access needs, communication preferences and availability,
 * and the assets (skills, knowledge, lived experience, time, networks, resources) they contribute.
 *
 * <p>Identities are pseudonymous: a participant is known only by an id. Access needs, preferred
 * ways of communicating and membership of seldom-heard groups are sensitive personal data; they
 * never appear in {@code toString} or in exception messages. Sources: "Co-production in social
 * care: What it is and how to do it", SCIE, October 2013, updated October 2015, section "Principles
 * of co-production" (equality, diversity, accessibility), and "Nothing about us without us", Anne
 * Collis, SCIE Co-production Week blog, 23 May 2017.
 *
 * <p>Who needs it: anyone recording who takes part in an initiative. Start at {@link
 * org.coproduction.core.people.Participant#builder()}; participants are listed in an {@link
 * org.coproduction.core.initiative.Initiative}, and scoring groups answers by their {@link
 * org.coproduction.core.people.InterestGroup}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core.people;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
