package org.coproduction.scoring.fairness;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.ledger.Contribution;
import org.coproduction.core.ledger.ContributionKind;
import org.coproduction.core.ledger.ExpenseClaim;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.Role;

/**
 * A hand-built initiative in the pattern of the Care Leavers example ("Co-production in social
 * care: What it is and how to do it", SCIE, October 2013, updated October 2015, section "Structures
 * for valuing and rewarding people"): young people unpaid or paid little while the professionals in
 * the room are paid.
 *
 * <pre>
 * id  role                 group                       hours  fee      other returns
 * y1  uses services        PEOPLE_WHO_USE_SERVICES       6    -        recognition
 * y2  uses services        PEOPLE_WHO_USE_SERVICES       6    -        -   (12.50 claim unpaid)
 * y3  uses services        PEOPLE_WHO_USE_SERVICES       4    20.00    -   (5.00 an hour)
 * w1  frontline staff      PEOPLE_WHO_WORK_IN_SERVICES   6    -        -   (salaried)
 * w2  other professional   PEOPLE_WHO_WORK_IN_SERVICES   6    180.00   -   (30.00 an hour)
 * w3  frontline staff      PEOPLE_WHO_WORK_IN_SERVICES   4    100.00   -   (25.00 an hour)
 * m1  manager              PEOPLE_WHO_COMMISSION_...     2    -        -   (salaried)
 * f1  facilitator          MEMBERS_OF_THE_PUBLIC         6    300.00   -   (50.00 an hour)
 * </pre>
 */
final class CareLeavers {
  private CareLeavers() {}

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  static Participant person(String id, Role role, InterestGroup group, boolean lived) {
    return Participant.builder()
        .id(id)
        .addRoles(role)
        .interestGroup(group)
        .livedExperience(lived)
        .build();
  }

  static Initiative initiative() {
    List<String> everyone = List.of("y1", "y2", "y3", "w1", "w2", "w3", "m1", "f1");
    return Initiative.builder()
        .id("care-leavers")
        .name("Redesigning support for care leavers")
        .purpose("Design support for young people leaving care, with them")
        .addParticipants(
            person(
                "y1", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES, true),
            person(
                "y2", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES, true),
            person(
                "y3", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES, true),
            person("w1", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, false),
            person("w2", Role.OTHER_PROFESSIONAL, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, false),
            person("w3", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, false),
            person("m1", Role.MANAGER, InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES, false),
            person("f1", Role.FACILITATOR, InterestGroup.MEMBERS_OF_THE_PUBLIC, false))
        .addMeetings(
            Meeting.builder()
                .id("workshop-1")
                .date(DAY)
                .noticeDays(14)
                .start(LocalTime.of(10, 0))
                .end(LocalTime.of(16, 0))
                .refreshments(true)
                .expensesOffered(true)
                .feesOffered(false)
                .invited(everyone)
                .attended(everyone)
                .minutesKept(true)
                .build())
        .build();
  }

  static Contribution hours(String id, String who, int hours) {
    return Contribution.builder()
        .id(id)
        .participantId(who)
        .date(DAY)
        .hours(Duration.ofHours(hours))
        .kind(ContributionKind.DESIGN_WORK)
        .build();
  }

  static Return fee(String id, String who, long pence) {
    return Return.builder()
        .id(id)
        .participantId(who)
        .date(DAY)
        .kind(ReturnKind.FEE)
        .amount(Money.of(pence, "GBP"))
        .build();
  }

  static ReciprocityLedger.Builder ledgerBuilder() {
    return ReciprocityLedger.builder()
        .id("care-leavers-ledger")
        .initiativeId("care-leavers")
        .currency("GBP")
        .participants(List.of("y1", "y2", "y3", "w1", "w2", "w3", "m1", "f1"))
        .addContributions(
            hours("c1", "y1", 6),
            hours("c2", "y2", 6),
            hours("c3", "y3", 4),
            hours("c4", "w1", 6),
            hours("c5", "w2", 6),
            hours("c6", "w3", 4),
            hours("c7", "m1", 2),
            hours("c8", "f1", 6))
        .addReturns(
            Return.builder()
                .id("r1")
                .participantId("y1")
                .date(DAY)
                .kind(ReturnKind.RECOGNITION)
                .build(),
            fee("r2", "y3", 2000),
            fee("r3", "w2", 18000),
            fee("r4", "w3", 10000),
            fee("r5", "f1", 30000))
        .addExpenseClaims(
            ExpenseClaim.builder()
                .id("e1")
                .participantId("y2")
                .date(DAY)
                .claimed(Money.of(1250, "GBP"))
                .reimbursed(Money.of(0, "GBP"))
                .build());
  }

  static ReciprocityLedger ledger() {
    return ledgerBuilder().build();
  }
}
