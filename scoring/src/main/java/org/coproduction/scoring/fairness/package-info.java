/**
 * Reciprocity and fairness: who put time in and what they got back, read from an initiative's
 * {@link org.coproduction.core.ledger.ReciprocityLedger} and joined with its participants' roles
 * and interest groups.
 *
 * <p>Reciprocity is one of the guide's four principles: people get something back for what they put
 * in. The reports here show hours and returns per person and per interest group, the people who
 * gave time and got nothing back, people who use services and carers paid less than the
 * professionals in the same room (the Care Leavers example), expenses not yet paid back ("no one
 * should be out of pocket"), and how evenly the return per hour is shared (the Gini coefficient).
 * Sources: "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 * October 2015, sections "Reciprocity" and "Structures for valuing and rewarding people"; "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016.
 *
 * <p>Start with {@link org.coproduction.scoring.fairness.Fairness#assess}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring.fairness;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
