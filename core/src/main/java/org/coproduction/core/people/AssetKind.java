package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What sort of asset a person brings. Co-production starts from what people can do and offer rather
 * than from their problems, and it values the assets of staff and professionals as well as those of
 * people who use services. Source: "Co-production in social care: What it is and how to do it",
 * SCIE, October 2013, updated October 2015, sections "Equality – everyone has assets" and "The
 * Healthy Living Club".
 */
@API(status = STABLE, since = "0.1")
public enum AssetKind {
  /** A practical ability, such as bid writing, book keeping, IT or music making. */
  SKILL,
  /** Knowledge of a subject, a system or a place. */
  KNOWLEDGE,
  /** Expertise that comes from living with a condition, using services or caring. */
  LIVED_EXPERIENCE,
  /** Time a person can give. */
  TIME,
  /** Contacts and links to other people, groups or organisations. */
  NETWORK,
  /** Something material: a room, equipment, money or transport. */
  RESOURCE
}
