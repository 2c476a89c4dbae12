package org.coproduction.checklist.records;

import static org.coproduction.checklist.records.RecordFixtures.good;
import static org.coproduction.checklist.records.RecordFixtures.suggestion;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Initiative;
import org.junit.jupiter.api.Test;

/** Suggestions written down count towards the share, not only those that were not. */
class CommentsRecordedTest {

  @Test
  void oneOfTwoSuggestionsWrittenDownIsPartly() {
    Initiative half = suggestion(good(), "s2", s -> s.recorded(false));
    RecordAnswer a = RecordChecks.commentsRecorded(half, RecordCheckSettings.defaults());
    assertEquals(Answer.PARTLY, a.answer());
    assertEquals(
        List.of(
            Evidence.builder()
                .kind(Evidence.Kind.SUGGESTION)
                .ref("s2")
                .finding("not written into the minutes or other records")
                .build()),
        a.evidence());
  }
}
