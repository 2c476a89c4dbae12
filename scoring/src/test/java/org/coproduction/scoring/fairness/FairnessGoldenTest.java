package org.coproduction.scoring.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/** The golden report pins the JSON form and the rules' wording: changes must be deliberate. */
class FairnessGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void theGoldenCareLeaversReportIsReadAndWrittenBackUnchangedAndStillFollowsFromTheLedger()
      throws IOException {
    String file = "fairness-report.json";
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    FairnessReport now = Fairness.assess(CareLeavers.initiative(), CareLeavers.ledger());
    String written = Documents.write(now);
    if (!written.equals(text)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", file), written);
    }
    FairnessReport stored = Documents.read(text, FairnessReport.class);
    assertEquals(text, Documents.write(stored));
    assertEquals(now, stored);
  }
}
