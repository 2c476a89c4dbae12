package org.coproduction.scoring.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Outcome;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.core.practice.Stage;
import org.junit.jupiter.api.Test;

/** The golden assessment pins the JSON form and the rules' wording: changes must be deliberate. */
class LadderGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** Design over-claimed three ways, delivery never joined, evaluation not started. */
  static Initiative dayServices() {
    return LaddersTest.base()
        .addStages(
            LaddersTest.plan(
                Stage.CO_DESIGN,
                LadderRung.CO_PRODUCTION,
                Optional.of(LaddersTest.JAN_10),
                Optional.of(LaddersTest.FEB_01)),
            LaddersTest.plan(
                Stage.CO_DELIVERY,
                LadderRung.CO_DESIGN,
                Optional.of(LaddersTest.FEB_01),
                Optional.empty()),
            LaddersTest.plan(
                Stage.CO_EVALUATION, LadderRung.CO_PRODUCTION, Optional.empty(), Optional.empty()))
        .addMeetings(LaddersTest.meeting("m1", Stage.CO_DESIGN, LocalDate.of(2026, 2, 10)))
        .addSuggestions(
            LaddersTest.suggestion("s1", "m1", Outcome.REJECTED, false),
            LaddersTest.suggestion("s2", "m1", Outcome.ADOPTED, true))
        .addDecisions(
            LaddersTest.decision("d1", Optional.of(Stage.CO_DESIGN), LaddersTest.JAN_10, false))
        .build();
  }

  @Test
  void theGoldenAssessmentIsReadAndWrittenBackUnchangedAndStillFollowsFromItsRecords()
      throws IOException {
    String file = "ladder-assessment.json";
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    LadderAssessment now = Ladders.assess(dayServices());
    String written = Documents.write(now);
    if (!written.equals(text)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", file), written);
    }
    LadderAssessment stored = Documents.read(text, LadderAssessment.class);
    assertEquals(text, Documents.write(stored));
    assertEquals(now, stored);
  }
}
