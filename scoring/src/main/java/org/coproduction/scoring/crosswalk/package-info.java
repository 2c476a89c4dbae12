/**
 * One initiative assessed with two instruments or more, set side by side per principle: {@link
 * org.coproduction.scoring.crosswalk.Crosswalk#compare} turns each instrument's {@link
 * org.coproduction.scoring.ScoreReport} and a chosen principle framework into a {@link
 * org.coproduction.scoring.crosswalk.CrosswalkReport}: per principle, each instrument's score with
 * the items behind it ({@link org.coproduction.scoring.crosswalk.InstrumentResult}) and whether the
 * instruments agree ({@link org.coproduction.scoring.crosswalk.CrosswalkVerdict}).
 *
 * <p>Who needs it: an organisation or researcher that ran, say, the co-production checklist and the
 * recommendations self-assessment with the same people, and wants to see where the two tell the
 * same story and where they do not. Start at {@link org.coproduction.scoring.crosswalk.Crosswalk}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring.crosswalk;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
