/**
 * Representation: whose voices are in the room. For each body, the share of members with lived
 * experience and the interest groups with no member; for each meeting, the interest groups nobody
 * spoke for; and how many people from seldom-heard groups the initiative reached, as counts only.
 *
 * <p>"Nothing about any of us without all of us": all five interest groups should be present, and
 * co-production should be proactive about groups that are often left out. Membership of a
 * seldom-heard group is sensitive: the report gives counts, hides counts of fewer than k people and
 * never says which person is in which group. Sources: "Nothing about us without us", Anne Collis,
 * SCIE Co-production Week blog, 23 May 2017; "Co-production in social care: What it is and how to
 * do it", SCIE, October 2013, updated October 2015, section "Diversity"; "Co-Production,
 * representation and different perspectives", Kevin Minier, SCIE Co-production Week blog, 4 July
 * 2018.
 *
 * <p>Start with {@link org.coproduction.scoring.representation.Representation#assess}.
 */
@NullMarked
@CoProductionStyle
package org.coproduction.scoring.representation;

import org.coproduction.core.internal.style.CoProductionStyle;
import org.jspecify.annotations.NullMarked;
