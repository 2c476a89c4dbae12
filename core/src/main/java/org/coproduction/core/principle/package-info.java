/**
 * The principles that co-production should live up to, such as equality and reciprocity, grouped in
 * frameworks: the national guide's four, the Duneane pilot's six, a mental-health pathway's four,
 * or an organisation's own written as a JSON document.
 *
 * <p>Who needs it: anyone mapping checklist items to principles or reporting scores against a
 * framework its readers use. Start at {@link org.coproduction.core.principle.PrincipleFrameworks}
 * for the built-in frameworks; an organisation's own {@link
 * org.coproduction.core.principle.PrincipleFramework} is read with {@link
 * org.coproduction.core.Documents}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.core.principle;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
