package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.records.RecordChecks.ALL_GROUPS_INVITED;
import static org.coproduction.checklist.records.RecordChecks.COMMENTS_RECORDED;
import static org.coproduction.checklist.records.RecordChecks.CONVENIENT_TIMES;
import static org.coproduction.checklist.records.RecordChecks.EXPENSES_AND_FEES;
import static org.coproduction.checklist.records.RecordChecks.IDEAS_SHAPE_RESULT;
import static org.coproduction.checklist.records.RecordChecks.INVOLVED_FROM_START;
import static org.coproduction.checklist.records.RecordChecks.NEW_IDEAS_WELCOME;
import static org.coproduction.checklist.records.RecordChecks.NOTICE_GIVEN;
import static org.coproduction.checklist.records.RecordChecks.OUTCOMES_FED_BACK;
import static org.coproduction.checklist.records.RecordChecks.REFRESHMENTS_AND_BREAKS;
import static org.coproduction.checklist.records.RecordChecks.VENUE_ACCESS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;

/**
 * Which record checks answer which checklist item, and how an item answered by several checks is
 * put together: the worst of the checks' answers (as {@link Tally#worst}), with the evidence of
 * each in turn.
 */
@API(status = INTERNAL, since = "0.1")
public final class ItemChecks {
  private ItemChecks() {}

  /** One record check: the records, the thresholds and the day they are judged on. */
  @FunctionalInterface
  public interface Check {
    /**
     * Answers one part of an item.
     *
     * @param initiative the records
     * @param settings the thresholds
     * @param asOf the day the records are judged on, empty when they hold no date
     * @return the part's answer
     */
    RecordAnswer answer(
        Initiative initiative, RecordCheckSettings settings, Optional<LocalDate> asOf);
  }

  private static final Map<String, List<Check>> CHECKS =
      Map.ofEntries(
          Map.entry(INVOLVED_FROM_START, List.of((i, s, d) -> InvolvedFromStart.answer(i, s))),
          Map.entry(
              NEW_IDEAS_WELCOME,
              List.of((i, s, d) -> IdeasNotTurnedDownForNotFitting.answer(i, s))),
          Map.entry(IDEAS_SHAPE_RESULT, List.of((i, s, d) -> SuggestionsTakenUp.answer(i, s))),
          Map.entry(
              OUTCOMES_FED_BACK,
              List.of((i, s, d) -> OutcomesFedBack.answer(i, s), PendingTooLong::answer)),
          Map.entry(EXPENSES_AND_FEES, List.of((i, s, d) -> ExpensesAndFees.answer(i, s))),
          Map.entry(NOTICE_GIVEN, List.of((i, s, d) -> NoticeGiven.answer(i, s))),
          Map.entry(CONVENIENT_TIMES, List.of((i, s, d) -> ConvenientTimes.answer(i, s))),
          Map.entry(VENUE_ACCESS, List.of((i, s, d) -> VenueAccess.answer(i, s))),
          Map.entry(ALL_GROUPS_INVITED, List.of((i, s, d) -> AllGroupsInvited.answer(i, s))),
          Map.entry(COMMENTS_RECORDED, List.of((i, s, d) -> CommentsRecorded.answer(i, s))),
          Map.entry(
              REFRESHMENTS_AND_BREAKS, List.of((i, s, d) -> MealtimeRefreshments.answer(i, s))));

  /**
   * Whether the records can answer an item.
   *
   * @param itemId an item id
   * @return true for the record-based items of the built-in checklist
   */
  public static boolean answers(String itemId) {
    return CHECKS.containsKey(itemId);
  }

  /**
   * Answers one item from every check attached to it.
   *
   * @param itemId an item the records can answer
   * @param initiative the records
   * @param settings the thresholds
   * @param asOf the day the records are judged on
   * @return the item's answer
   */
  public static RecordAnswer answer(
      String itemId,
      Initiative initiative,
      RecordCheckSettings settings,
      Optional<LocalDate> asOf) {
    List<Check> checks = CHECKS.get(itemId);
    if (checks.size() == 1) {
      return checks.get(0).answer(initiative, settings, asOf);
    }
    Answer[] parts = new Answer[checks.size()];
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      RecordAnswer part = checks.get(i).answer(initiative, settings, asOf);
      parts[i] = part.answer();
      evidence.addAll(part.evidence());
    }
    return Tally.answer(itemId, Tally.worst(parts), evidence);
  }
}
