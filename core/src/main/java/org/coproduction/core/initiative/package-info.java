/**
 * An initiative's own records of how it co-produces: who takes part, its groups and boards, how far
 * up the ladder each stage goes, and what happened at meetings, to suggestions and in decisions.
 * Checklists read these records to judge the practices that can be checked from evidence, such as
 * notice given, expenses offered, who was invited and whether comments were minuted. Sources: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016; "Which rung on the ladder of co-production are you on?", Kate Sibthorp, SCIE Co-production
 * Week blog, 3 July 2018.
 *
 * <p>Who needs it: whoever keeps an initiative's records (a coordinator, an evaluator) and anyone
 * scoring them. Start at {@link org.coproduction.core.initiative.Initiative#builder()}, or read an
 * initiative written as JSON with {@link org.coproduction.core.Documents}; its people are in {@code
 * org.coproduction.core.people}, and the checks answered from these records in {@code
 * org.coproduction.checklist.records}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core.initiative;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
