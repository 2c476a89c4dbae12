package org.coproduction.scoring.internal.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.Severity;
import org.coproduction.scoring.flags.FlagTrigger;
import org.junit.jupiter.api.Test;

/** The severity rule for flags the records raise, over every severity and every answer. */
class RecordsFlagRuleTest {
  private static RecordAnswer record(Answer answer) {
    RecordAnswer.Builder b = RecordAnswer.builder().itemId("venue-access").answer(answer);
    if (answer == Answer.NO || answer == Answer.PARTLY) {
      b.addEvidence(
          Evidence.builder()
              .kind(Evidence.Kind.MEETING)
              .ref("m2")
              .finding("1 attendee's access needs were not met")
              .build());
    }
    return b.build();
  }

  @Test
  void aNoAlwaysFlagsAndAPartlyFlagsOnlyACriticalItem() {
    for (Severity severity : Severity.values()) {
      for (Answer answer : Answer.values()) {
        Optional<FlagTrigger> expected =
            answer == Answer.NO
                ? Optional.of(FlagTrigger.RECORDS_SAID_NO)
                : answer == Answer.PARTLY && severity == Severity.CRITICAL
                    ? Optional.of(FlagTrigger.RECORDS_PARTLY_ON_CRITICAL)
                    : Optional.empty();
        assertEquals(
            expected, RecordsFlagRule.trigger(severity, record(answer)), severity + " " + answer);
      }
      assertEquals(Optional.empty(), RecordsFlagRule.trigger(severity, null), severity.name());
    }
  }

  @Test
  void theReasonSaysWhyAndNamesWhatFellShort() {
    String why = RecordsFlagRule.why(record(Answer.PARTLY));
    assertTrue(why.startsWith("The records say partly on a critical item"), why);
    assertTrue(why.contains("(meeting m2)"), why);
    assertTrue(why.endsWith("."), why);
  }
}
