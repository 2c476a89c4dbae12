package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The four pieces of the guide's jigsaw: the areas an organisation has to change for co-production
 * to take hold. Each of the guide's recommendations, and each checklist item, belongs to one.
 * Source: "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 * October 2015, section "How to do co-production", whose four parts each end in a list headed
 * "Recommendations" ("How to do co-production > Culture > Recommendations", and so on).
 */
@API(status = STABLE, since = "0.1")
public enum JigsawArea {
  /** Values and attitudes: leaders who back co-production and see people as equals with assets. */
  CULTURE,
  /** Ways of working, money, rules and governance that make room for co-production. */
  STRUCTURE,
  /** What people actually do together day to day: meetings, support, pay, access, information. */
  PRACTICE,
  /** Checking together how well it works, and learning from it. */
  REVIEW
}
