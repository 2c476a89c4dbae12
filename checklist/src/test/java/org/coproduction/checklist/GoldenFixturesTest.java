package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

/** The golden files pin the JSON form: a change to it must be deliberate and seen in review. */
class GoldenFixturesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void theGoldenChecklistIsReadAndWrittenBackUnchanged() throws IOException {
    Checklist checklist = roundTrip("checklist.json", Checklist.class);
    assertEquals(ChecklistRef.of("coproduction-police", "1.0"), checklist.basedOn().orElseThrow());
    assertEquals(2.0, checklist.item("notice-given").orElseThrow().weight());
  }

  @Test
  void theGoldenResponseSetIsReadAndWrittenBackUnchanged() throws IOException {
    ResponseSet responses = roundTrip("response-set.json", ResponseSet.class);
    assertTrue(responses.participantId().isEmpty(), "the rater is anonymous");
    assertEquals(Answer.DONT_KNOW, responses.answers().get(1).answer());
  }

  @Test
  void theGoldenResponseSetAnswersTheGoldenChecklist() throws IOException {
    roundTrip("response-set.json", ResponseSet.class)
        .validateAgainst(roundTrip("checklist.json", Checklist.class));
  }

  private static <T extends Document> T roundTrip(String file, Class<T> type) throws IOException {
    String text = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    T value = Documents.read(text, type);
    String written = Documents.write(value);
    if (!written.equals(text)) {
      // Leave the writer's form beside the build output, to check by eye and copy over.
      Files.writeString(Path.of("target", file), written);
    }
    assertEquals(written, text);
    return value;
  }
}
