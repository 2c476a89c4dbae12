package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The part a participant plays in an initiative. A person can hold more than one role, for example
 * a carer who is also a volunteer.
 *
 * <p>The roles matter for scoring because co-production is judged from every side: people who use
 * services may see tokenism where staff see co-production. Sources: "Co-production in social care:
 * What it is and how to do it", SCIE, October 2013, updated October 2015, sections "Principles of
 * co-production" and "Co-production and staff"; "Which rung on the ladder of co-production are you
 * on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018 (include front-line and
 * back-office staff).
 */
@API(status = STABLE, since = "0.1")
public enum Role {
  /** Someone who uses health, care or support services. */
  PERSON_WHO_USES_SERVICES,
  /** A family member or friend who cares for someone who uses services. */
  CARER_OR_FAMILY,
  /** Staff who work face to face with people who use services. */
  FRONTLINE_STAFF,
  /** Someone who manages a service or a team. */
  MANAGER,
  /** Someone who decides what services are bought and funded. */
  COMMISSIONER,
  /** A practitioner or professional from another discipline, such as a nurse or social worker. */
  OTHER_PROFESSIONAL,
  /** Someone who runs the sessions, often from outside, so that everyone can take part equally. */
  FACILITATOR,
  /** Someone who gives their time without being employed to. */
  VOLUNTEER,
  /** A local resident or citizen with a stake in the service. */
  COMMUNITY_MEMBER,
  /** Someone who studies or evaluates the work. */
  RESEARCHER,
  /** Staff in functions such as finance or administration, away from people who use services. */
  BACK_OFFICE;

  /**
   * Whether the role speaks from lived experience of using services or of caring, the side whose
   * power co-production is meant to raise.
   *
   * @return true for {@link #PERSON_WHO_USES_SERVICES} and {@link #CARER_OR_FAMILY}
   */
  public boolean isPersonWithLivedExperienceSide() {
    return this == PERSON_WHO_USES_SERVICES || this == CARER_OR_FAMILY;
  }

  /**
   * Whether the role belongs to the organisations that fund, run or work in services, the side that
   * usually holds the power.
   *
   * @return true for front-line staff, managers, commissioners, other professionals and back-office
   *     staff
   */
  public boolean isProviderSide() {
    switch (this) {
      case FRONTLINE_STAFF:
      case MANAGER:
      case COMMISSIONER:
      case OTHER_PROFESSIONAL:
      case BACK_OFFICE:
        return true;
      default:
        return false;
    }
  }

  /**
   * The interest group someone in this role most often speaks for, as a starting point when
   * recording a participant; the participant's own {@link Participant#interestGroup()} is what
   * counts.
   *
   * @return the usual group, or empty for facilitators and researchers, who may speak for any
   */
  public Optional<InterestGroup> usualInterestGroup() {
    switch (this) {
      case PERSON_WHO_USES_SERVICES:
        return Optional.of(InterestGroup.PEOPLE_WHO_USE_SERVICES);
      case CARER_OR_FAMILY:
        return Optional.of(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE);
      case FRONTLINE_STAFF:
      case OTHER_PROFESSIONAL:
      case BACK_OFFICE:
        return Optional.of(InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES);
      case MANAGER:
      case COMMISSIONER:
        return Optional.of(InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES);
      case VOLUNTEER:
      case COMMUNITY_MEMBER:
        return Optional.of(InterestGroup.MEMBERS_OF_THE_PUBLIC);
      default:
        return Optional.empty();
    }
  }
}
