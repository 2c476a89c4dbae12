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
 * Sources: {@code 002_ed537c7d2d404e79.txt}, "Reciprocity" and "Structures for valuing and
 * rewarding people"; {@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and
 * accountability".
 *
 * <p>Start with {@link org.coproduction.scoring.fairness.Fairness#assess}.
 */
package org.coproduction.scoring.fairness;
