package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.junit.jupiter.api.Test;

/**
 * Whether staff took part in paid time, on a small group of two young people and one worker who
 * does or does not attend and does or does not give hours; and the inequality of returns when
 * nobody got anything back.
 */
class StaffTimeTest {

  private static Initiative initiative(List<String> attended) {
    return Initiative.builder()
        .id("small-group")
        .name("A small design group")
        .purpose("Try the fairness rules on a small group")
        .addParticipants(
            CareLeavers.person(
                "y1", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES, true),
            CareLeavers.person(
                "y2", Role.PERSON_WHO_USES_SERVICES, InterestGroup.PEOPLE_WHO_USE_SERVICES, true),
            CareLeavers.person(
                "w1", Role.FRONTLINE_STAFF, InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES, false))
        .addMeetings(
            Meeting.builder()
                .id("workshop-1")
                .date(CareLeavers.DAY)
                .noticeDays(14)
                .start(LocalTime.of(10, 0))
                .end(LocalTime.of(12, 0))
                .refreshments(true)
                .expensesOffered(true)
                .feesOffered(false)
                .invited(List.of("y1", "y2", "w1"))
                .attended(attended)
                .minutesKept(true)
                .build())
        .build();
  }

  private static ReciprocityLedger ledger(boolean workerGaveHours) {
    ReciprocityLedger.Builder b =
        ReciprocityLedger.builder()
            .id("small-ledger")
            .initiativeId("small-group")
            .currency("GBP")
            .participants(List.of("y1", "y2", "w1"))
            .addContributions(CareLeavers.hours("c1", "y1", 2), CareLeavers.hours("c2", "y2", 2));
    if (workerGaveHours) {
      b.addContributions(CareLeavers.hours("c3", "w1", 2));
    }
    return b.build();
  }

  private static PayComparison pay(List<String> attended, boolean workerGaveHours) {
    return Fairness.assess(initiative(attended), ledger(workerGaveHours)).payComparison();
  }

  @Test
  void aWorkerWhoNeitherAttendedNorGaveHoursDidNotTakePart() {
    PayComparison pay = pay(List.of("y1", "y2"), false);
    assertFalse(pay.staffTookPartInPaidTime());
    assertFalse(pay.professionalsPaidFees());
    assertEquals(
        "No professional was paid a fee and no staff took part in paid time, so nobody is flagged"
            + " for being unpaid. No professional received a fee for time given, so fees per hour"
            + " are not compared.",
        pay.explanation());
  }

  @Test
  void aWorkerWhoAttendedTookPartEvenWithoutHoursInTheLedger() {
    assertTrue(pay(List.of("y1", "y2", "w1"), false).staffTookPartInPaidTime());
  }

  @Test
  void aWorkerWhoGaveHoursTookPartEvenWithoutAttending() {
    assertTrue(pay(List.of("y1", "y2"), true).staffTookPartInPaidTime());
  }

  @Test
  void twoPeopleWhoGotNothingBackHaveNoCoefficientForThatReason() {
    ReturnInequality r =
        Fairness.assess(initiative(List.of("y1", "y2")), ledger(false)).returnInequality();
    assertEquals(2, r.contributors());
    assertEquals(Optional.empty(), r.coefficient());
    assertEquals(
        "No Gini coefficient: nobody who gave time got any value back in money, so there is no"
            + " share to compare.",
        r.explanation());
  }
}
