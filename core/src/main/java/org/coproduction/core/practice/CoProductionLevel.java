package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How deep co-production goes, from recognising what people contribute to changing how services are
 * run. Source: "Co-production in social care: What it is and how to do it", SCIE, October 2013,
 * updated October 2015, section "Defining co-production" (levels of co-production). The constants
 * are in order, shallowest first.
 */
@API(status = STABLE, since = "0.1")
public enum CoProductionLevel {
  /** Services recognise what people already contribute, but the way they work does not change. */
  DESCRIPTIVE,
  /**
   * People's contributions are valued and used more, for example through peer support or time
   * banks.
   */
  INTERMEDIATE,
  /**
   * Power and resources are shared, and relationships between people and services change for good.
   */
  TRANSFORMATIVE
}
