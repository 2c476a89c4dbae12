package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A group whose members are often under-represented in, or left out of, involvement and
 * co-production, because of equalities issues, the nature of an impairment, or where they live.
 * Co-production should be proactive about reaching them.
 *
 * <p>Membership is sensitive personal data: it is optional to record, and it never appears in
 * {@code toString} or in exception messages. Source: "Co-production in social care: What it is and
 * how to do it", SCIE, October 2013, updated October 2015, section "Diversity".
 */
@API(status = STABLE, since = "0.1")
public enum SeldomHeardGroup {
  /** People from black and minority ethnic communities. */
  BLACK_AND_MINORITY_ETHNIC,
  /** People from lesbian, gay, bisexual and transgender communities. */
  LGBT,
  /** People who communicate differently. */
  COMMUNICATES_DIFFERENTLY,
  /** People living with dementia. */
  LIVING_WITH_DEMENTIA,
  /** Older people who need a high level of support. */
  OLDER_WITH_HIGH_SUPPORT_NEEDS,
  /** People who do not belong to any organised group or community. */
  NOT_AFFILIATED_TO_ANY_GROUP,
  /** People living in residential homes. */
  LIVING_IN_RESIDENTIAL_HOME,
  /** People who are homeless. */
  HOMELESS,
  /** People from Gypsy and Traveller communities. */
  GYPSY_OR_TRAVELLER,
  /** People in prison. */
  IN_PRISON;

  /**
   * Whether the group is left out because of where its members live rather than who they are;
   * reaching them usually means going to them.
   *
   * @return true for people in residential homes, homeless people, Gypsy and Traveller communities
   *     and people in prison
   */
  public boolean isExcludedByWhereTheyLive() {
    return this == LIVING_IN_RESIDENTIAL_HOME
        || this == HOMELESS
        || this == GYPSY_OR_TRAVELLER
        || this == IN_PRISON;
  }
}
