package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.coproduction.checklist.internal.records.RecordSupport.days;
import static org.coproduction.checklist.records.RecordChecks.NOTICE_GIVEN;

import org.apiguardian.api.API;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;

/**
 * The record check behind {@link org.coproduction.checklist.records.RecordChecks#noticeGiven},
 * where its rule is described.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoticeGiven {
  private NoticeGiven() {}

  /**
   * Answers the item from the records.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer with its evidence
   */
  public static RecordAnswer answer(Initiative initiative, RecordCheckSettings settings) {
    Tally meetings = new Tally();
    int needed = settings.minimumNoticeDays();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.noticeDays() >= needed) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            days(m.noticeDays()) + " notice; at least " + needed + " needed");
      }
    }
    return Tally.answer(NOTICE_GIVEN, meetings.byShare(settings), meetings.evidence());
  }
}
