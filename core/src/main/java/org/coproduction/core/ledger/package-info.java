/**
 * The reciprocity ledger: the hours people give to co-production and what they get back for them,
 * in fees, expenses, time credits and other returns.
 *
 * <p>Reciprocity is one of the four principles of co-production in the national guide
 * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, section "Reciprocity"; rewards in "Structures for valuing and rewarding people"), and
 * unpaid expenses and fees are among the failures the festival blog posts name ("The Co-production
 * Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016). A
 * {@link org.coproduction.core.ledger.ReciprocityLedger} is a JSON document read and written
 * through {@link org.coproduction.core.Documents}; its {@link
 * org.coproduction.core.ledger.Balance}s and {@link org.coproduction.core.ledger.LedgerTotals} are
 * the figures that scoring builds on.
 *
 * <p>Who needs it: whoever records what people gave and got back (a coordinator, a finance
 * officer), and anyone judging fairness. Start at {@link
 * org.coproduction.core.ledger.ReciprocityLedger#builder()}; {@code
 * org.coproduction.scoring.fairness} turns a ledger into a fairness report.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core.ledger;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
