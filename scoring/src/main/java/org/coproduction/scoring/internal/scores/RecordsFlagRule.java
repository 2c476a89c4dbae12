package org.coproduction.scoring.internal.scores;

import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.scoring.flags.FlagTrigger;

/**
 * When the records alone raise a red flag, by the item's severity: a records {@code NO} on any item
 * ({@link FlagTrigger#RECORDS_SAID_NO}), and a records {@code PARTLY} on a {@code CRITICAL} item
 * ({@link FlagTrigger#RECORDS_PARTLY_ON_CRITICAL}), since one meeting with no step-free access or
 * one meeting without expenses already shuts someone out. Lower severities keep the rule that a
 * {@code PARTLY} raises no flag. Source: "The Co-production Police and accountability", Kevin
 * Minier, SCIE Co-production Festival blog, 16 June 2016.
 */
final class RecordsFlagRule {
  private RecordsFlagRule() {}

  /**
   * What, if anything, the records raise.
   *
   * @param severity the item's severity
   * @param record what the records say, or null when they say nothing
   * @return the trigger, or empty when the records raise no flag
   */
  static Optional<FlagTrigger> trigger(Severity severity, RecordAnswer record) {
    if (record == null) {
      return Optional.empty();
    }
    if (record.answer() == Answer.NO) {
      return Optional.of(FlagTrigger.RECORDS_SAID_NO);
    }
    if (record.answer() == Answer.PARTLY && severity == Severity.CRITICAL) {
      return Optional.of(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL);
    }
    return Optional.empty();
  }

  /**
   * Why a {@code PARTLY} on a critical item raised the flag, naming what fell short.
   *
   * @param record the records' answer, {@code PARTLY}
   * @return a sentence
   */
  static String why(RecordAnswer record) {
    // A PARTLY from the records always names what fell short (RecordAnswer checks it).
    return "The records say partly on a critical item, and one failure there is enough to name: "
        + record.evidence().stream().map(Reasons::evidence).collect(Collectors.joining("; "))
        + ".";
  }
}
