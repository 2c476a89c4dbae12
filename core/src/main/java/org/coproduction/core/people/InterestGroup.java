package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The five interest groups that together make up the "us" of co-production. The rallying cry is
 * "nothing about any of us, without all of us": co-production has been reached when each group
 * could say "nothing about us without us" and it would sound equally natural from all of them. Each
 * participant speaks for one group; an initiative where a group has no voice is missing part of its
 * "us". Source: "Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23 May
 * 2017.
 */
@API(status = STABLE, since = "0.1")
public enum InterestGroup {
  /** People who use health, care and support services. */
  PEOPLE_WHO_USE_SERVICES,
  /** Family and friends who take on caring roles. */
  FAMILY_AND_FRIENDS_WHO_CARE,
  /** Members of the public: citizens and taxpayers. */
  MEMBERS_OF_THE_PUBLIC,
  /** The people who commission and run services. */
  PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES,
  /** The people who work in services. */
  PEOPLE_WHO_WORK_IN_SERVICES;

  /**
   * Whether the group speaks from lived experience of using services or of caring.
   *
   * @return true for {@link #PEOPLE_WHO_USE_SERVICES} and {@link #FAMILY_AND_FRIENDS_WHO_CARE}
   */
  public boolean isPersonWithLivedExperienceSide() {
    return this == PEOPLE_WHO_USE_SERVICES || this == FAMILY_AND_FRIENDS_WHO_CARE;
  }

  /**
   * Whether the group speaks for the organisations that commission, run or work in services.
   *
   * @return true for {@link #PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES} and {@link
   *     #PEOPLE_WHO_WORK_IN_SERVICES}
   */
  public boolean isProviderSide() {
    return this == PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES || this == PEOPLE_WHO_WORK_IN_SERVICES;
  }
}
