/**
 * Each score seen through each interest group's eyes and each side's: a {@link
 * org.coproduction.scoring.perspectives.Breakdown} holds one {@link
 * org.coproduction.scoring.perspectives.GroupScore} per interest group, from the answers that count
 * ({@link org.coproduction.scoring.perspectives.Visibility}), one {@link
 * org.coproduction.scoring.perspectives.SideScore} per {@link
 * org.coproduction.scoring.perspectives.Side}, and the gap between the sides.
 *
 * <p>Who needs it: anyone showing how people who use services and carers see things differently
 * from the people who run services. Start at {@link org.coproduction.scoring.ItemScore#byGroup()}
 * or {@link org.coproduction.scoring.Score#byGroup()}; the smallest group whose answers count is
 * {@link org.coproduction.scoring.ScoringSettings#minimumGroupSize()}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring.perspectives;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
