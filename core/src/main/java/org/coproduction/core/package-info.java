/**
 * The front door of the co-production model: {@link org.coproduction.core.Documents} reads and
 * writes every JSON document the library knows (frameworks, initiatives, ledgers, and the
 * checklists, answers and reports of the other modules) strictly, and {@link
 * org.coproduction.core.CoProductionException} is the one error it and every value type throw,
 * naming where and what in domain words.
 *
 * <p>Here too is where content comes from: every principle, recommendation and checklist item
 * carries a {@link org.coproduction.core.Source}, a work from the source catalogue ({@link
 * org.coproduction.core.Sources}, {@link org.coproduction.core.Publication}, {@link
 * org.coproduction.core.SourceCatalogue}) and the section that supports it, so a reader can go back
 * to the evidence.
 *
 * <p>Who needs it: anyone who reads or writes a document, or shows where a piece of content comes
 * from. Start at {@link org.coproduction.core.Documents#read(String, Class)}; the model itself is
 * in the sub-packages {@code principle}, {@code practice}, {@code people}, {@code initiative} and
 * {@code ledger}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
