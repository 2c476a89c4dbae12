package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.records.RecordChecks.REFRESHMENTS_AND_BREAKS;

import java.time.LocalTime;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;

/**
 * The record check behind {@link
 * org.coproduction.checklist.records.RecordChecks#mealtimeRefreshments}, where its rule is
 * described.
 */
@API(status = INTERNAL, since = "0.1")
public final class MealtimeRefreshments {
  private MealtimeRefreshments() {}

  /** The hours a meeting must run right through to count as over a meal: lunch, then tea. */
  private static final List<LocalTime[]> MEALTIMES =
      List.of(
          new LocalTime[] {LocalTime.of(12, 30), LocalTime.of(13, 30)},
          new LocalTime[] {LocalTime.of(18, 0), LocalTime.of(19, 0)});

  /**
   * Whether a meeting runs right through a mealtime: 12:30 to 13:30, or 18:00 to 19:00.
   *
   * @param m the meeting
   * @return true when it does
   */
  public static boolean overMealtime(Meeting m) {
    return MEALTIMES.stream()
        .anyMatch(meal -> !m.start().isAfter(meal[0]) && !m.end().isBefore(meal[1]));
  }

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (!overMealtime(m)) {
        continue;
      }
      if (m.refreshments()) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            "ran from "
                + m.start()
                + " to "
                + m.end()
                + ", over a mealtime, with no food or drink");
      }
    }
    return Tally.answer(REFRESHMENTS_AND_BREAKS, meetings.byShare(settings), meetings.evidence());
  }
}
