package org.coproduction.scoring.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/** The golden report pins the JSON form and the wording: changes must be deliberate. */
class RepresentationGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void theGoldenHubReportIsReadAndWrittenBackUnchangedAndStillFollowsFromTheRecords()
      throws IOException {
    String file = "representation-report.json";
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    RepresentationReport now = Representation.assess(RepresentationTest.hub());
    String written = Documents.write(now);
    if (!written.equals(text)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", file), written);
    }
    RepresentationReport stored = Documents.read(text, RepresentationReport.class);
    assertEquals(text, Documents.write(stored));
    assertEquals(now, stored);
  }
}
