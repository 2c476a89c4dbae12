package org.coproduction.checklist.internal.records;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.records.RecordCheckSettings;

/**
 * Counts the records one part of a check looked at, keeps the evidence for each that fell short,
 * and turns the count into an answer. Not thread-safe: each check makes its own.
 */
@API(status = INTERNAL, since = "0.1")
public final class Tally {
  private int checked;
  private int passed;
  private final List<Evidence> shortfalls = new ArrayList<>();

  /** Counts a record that meets the practice. */
  public void pass() {
    checked++;
    passed++;
  }

  /** Counts a record that falls short, with what it shows; several findings are joined. */
  public void fail(Evidence.Kind kind, String ref, List<String> findings) {
    checked++;
    shortfalls.add(
        Evidence.builder().kind(kind).ref(ref).finding(String.join("; ", findings)).build());
  }

  /** Counts a record that falls short for one reason. */
  public void fail(Evidence.Kind kind, String ref, String finding) {
    fail(kind, ref, List.of(finding));
  }

  /** Counts a record by its findings: none means it passed. */
  public void count(Evidence.Kind kind, String ref, List<String> findings) {
    if (findings.isEmpty()) {
      pass();
    } else {
      fail(kind, ref, findings);
    }
  }

  public boolean isEmpty() {
    return checked == 0;
  }

  /**
   * {@code NOT_APPLICABLE} when nothing was checked, {@code YES} when every record passed, {@code
   * PARTLY} when at least the settings' share passed, and {@code NO} otherwise.
   */
  public Answer byShare(RecordCheckSettings settings) {
    if (checked == 0) {
      return Answer.NOT_APPLICABLE;
    }
    if (passed == checked) {
      return Answer.YES;
    }
    return (double) passed / checked >= settings.partlyShare() ? Answer.PARTLY : Answer.NO;
  }

  /**
   * {@code NOT_APPLICABLE} when nothing was checked, {@code YES} when all passed, else {@code NO}.
   */
  public Answer strictly() {
    if (checked == 0) {
      return Answer.NOT_APPLICABLE;
    }
    return passed == checked ? Answer.YES : Answer.NO;
  }

  public List<Evidence> evidence() {
    return shortfalls;
  }

  /**
   * The answer for an item made of several parts that must all hold: the worst of the parts that
   * could be judged; {@code DONT_KNOW} when none could but one was unclear; {@code NOT_APPLICABLE}
   * when no part applied.
   */
  public static Answer worst(Answer... parts) {
    Answer worst = null;
    boolean unclear = false;
    for (Answer a : parts) {
      if (a.isScored()) {
        if (worst == null || rank(a) < rank(worst)) {
          worst = a;
        }
      } else if (a == Answer.DONT_KNOW) {
        unclear = true;
      }
    }
    if (worst != null) {
      return worst;
    }
    return unclear ? Answer.DONT_KNOW : Answer.NOT_APPLICABLE;
  }

  private static int rank(Answer a) {
    switch (a) {
      case NO:
        return 0;
      case PARTLY:
        return 1;
      default:
        return 2;
    }
  }

  public static RecordAnswer answer(String itemId, Answer answer, List<Evidence> evidence) {
    return RecordAnswer.builder().itemId(itemId).answer(answer).evidence(evidence).build();
  }
}
