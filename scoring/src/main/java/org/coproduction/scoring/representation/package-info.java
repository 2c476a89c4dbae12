/**
 * Representation: whose voices are in the room. For each body, the share of members with lived
 * experience and the interest groups with no member; for each meeting, the interest groups nobody
 * spoke for; and how many people from seldom-heard groups the initiative reached, as counts only.
 *
 * <p>"Nothing about any of us without all of us": all five interest groups should be present, and
 * co-production should be proactive about groups that are often left out. Membership of a
 * seldom-heard group is sensitive: the report gives counts, hides counts of fewer than k people and
 * never says which person is in which group. Sources: {@code 001_0d571483b883475e.txt}, "Nothing
 * about us without us"; {@code 002_ed537c7d2d404e79.txt}, "Diversity"; {@code
 * 000_c89612a375d72873.txt}, "Co-Production, representation and different perspectives".
 *
 * <p>Start with {@link org.coproduction.scoring.representation.Representation#assess}.
 */
package org.coproduction.scoring.representation;
