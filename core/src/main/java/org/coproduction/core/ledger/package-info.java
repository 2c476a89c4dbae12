/**
 * The reciprocity ledger: the hours people give to co-production and what they get back for them,
 * in fees, expenses, time credits and other returns.
 *
 * <p>Reciprocity is one of the four principles of co-production in the national guide ({@code
 * 002_ed537c7d2d404e79.txt}, "Reciprocity"; rewards in "Structures for valuing and rewarding
 * people"), and unpaid expenses and fees are among the failures the festival blog posts name
 * ({@code 004_badd4b3e527b04fd.txt}, "The Co-production Police and accountability"). A {@link
 * org.coproduction.core.ledger.ReciprocityLedger} is a JSON document read and written through
 * {@link org.coproduction.core.Documents}; its {@link org.coproduction.core.ledger.Balance}s and
 * {@link org.coproduction.core.ledger.LedgerTotals} are the figures that scoring builds on.
 */
package org.coproduction.core.ledger;
