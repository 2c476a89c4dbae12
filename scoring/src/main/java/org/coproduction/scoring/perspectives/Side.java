package org.coproduction.scoring.perspectives;

import org.coproduction.core.people.InterestGroup;

/**
 * The two sides whose views of the same work are compared. People who use services may see tokenism
 * where the organisation sees co-production, so a gap between the sides is itself a finding.
 * Sources: {@code 004_badd4b3e527b04fd.txt}, "Co-production: Practicing what they preach?"; {@code
 * 001_0d571483b883475e.txt}, "Nothing about us without us".
 *
 * <p>Sides are made of interest groups ({@link InterestGroup#isPersonWithLivedExperienceSide()},
 * {@link InterestGroup#isProviderSide()}), the same groups the breakdown shows, so a side's score
 * adds nothing from which a hidden group could be worked out. Members of the public belong to
 * neither side.
 */
public enum Side {
  /** People who use services, and family and friends who care. */
  LIVED_EXPERIENCE,
  /** People who commission and run services, and people who work in them. */
  PROVIDER;

  /**
   * Whether an interest group belongs to this side.
   *
   * @param group an interest group
   * @return true when the group is on this side
   */
  public boolean includes(InterestGroup group) {
    return this == LIVED_EXPERIENCE
        ? group.isPersonWithLivedExperienceSide()
        : group.isProviderSide();
  }
}
