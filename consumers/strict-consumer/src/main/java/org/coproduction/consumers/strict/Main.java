package org.coproduction.consumers.strict;

import java.time.LocalDate;
import java.time.LocalTime;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;

/**
 * Builds values through the public builders, which must compile under {@code -Xlint:all -Werror},
 * and checks that a builder used wrongly throws the library's one exception naming the field.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Meeting meeting =
        Meeting.builder()
            .id("m1")
            .date(LocalDate.of(2026, 3, 14))
            .noticeDays(14)
            .start(LocalTime.of(10, 0))
            .end(LocalTime.of(12, 0))
            .refreshments(true)
            .expensesOffered(true)
            .feesOffered(false)
            .minutesKept(true)
            .addInvited("p1", "p2")
            .addAttended("p1")
            .build();
    ResponseSet set =
        ResponseSet.builder()
            .id("r1")
            .checklist(BuiltInChecklist.get().ref())
            .initiativeId("riverside")
            .raterRole(Role.PERSON_WHO_USES_SERVICES)
            .raterInterestGroup(InterestGroup.PEOPLE_WHO_USE_SERVICES)
            .addAnswers(
                ItemResponse.builder().itemId("expenses-and-fees").answer(Answer.NO).build())
            .build();

    expect(
        "initiativeId: required field is missing",
        () ->
            ResponseSet.builder()
                .id("r2")
                .checklist(set.checklist())
                .raterRole(Role.CARER_OR_FAMILY)
                .raterInterestGroup(InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE)
                .build());
    expect("itemId: must not be null", () -> ItemResponse.builder().itemId(null));
    expect(
        "invited: must not hold a null element", () -> Meeting.builder().addInvited((String) null));

    System.out.println(
        "strict-consumer: compiled with -Xlint:all -Werror; built meeting "
            + meeting.id()
            + ", response set "
            + set.id()
            + "; builder misuse refused with CoProductionException");
  }

  private static void expect(String message, Runnable misuse) {
    try {
      misuse.run();
    } catch (CoProductionException e) {
      if (!e.getMessage().equals(message)) {
        throw new AssertionError("expected \"" + message + "\", was \"" + e.getMessage() + "\"", e);
      }
      return;
    }
    throw new AssertionError("expected a CoProductionException: " + message);
  }
}
