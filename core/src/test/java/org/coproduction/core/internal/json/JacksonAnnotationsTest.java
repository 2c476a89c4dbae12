package org.coproduction.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The check that Jackson's annotations are new enough for the library's Jackson 3. A consumer
 * project run on annotations 2.18 (consumers/jackson2-unpinned, run by .ci/run) shows the check
 * firing in a real application.
 */
class JacksonAnnotationsTest {
  @Test
  void theVersionNeededIsTheOneTheBuildResolves() {
    // Fails when a Jackson upgrade brings newer annotations: then raise REQUIRED to match, and the
    // version the README tells Jackson 2 hosts to add.
    assertEquals(Optional.of(JacksonAnnotations.REQUIRED), JacksonAnnotations.found());
  }

  @Test
  void theAnnotationsTheBuildResolvesPass() {
    JacksonAnnotations.require();
    assertEquals(Optional.empty(), JacksonAnnotations.problem(JacksonAnnotations.found(), true));
  }

  @Test
  void anOlderVersionIsNamedWithTheOneNeeded() {
    String problem = JacksonAnnotations.problem(Optional.of("2.18.2"), false).orElseThrow();
    assertTrue(
        problem.contains("are version 2.18.2, but this library's Jackson 3 needs 2.22 or newer"),
        problem);
    assertTrue(problem.contains("manage jackson-annotations at 2.22"), problem);
  }

  @Test
  void theReadmeQuotesTheRefusalWordForWord() throws IOException {
    // README, "Jackson 2 applications": the block after "from deep inside Jackson:" is this
    // message.
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String problem = JacksonAnnotations.problem(Optional.of("2.18.2"), false).orElseThrow();
    assertTrue(readme.contains("\n```\n" + problem + "\n```\n"), "the README quotes " + problem);
  }

  @Test
  void anOlderVersionFailsEvenWhenTheClassesKnownToBeMissingArePresent() {
    assertTrue(JacksonAnnotations.problem(Optional.of("2.21"), true).isPresent());
  }

  @Test
  void missingClassesFailWhateverTheVersionSays() {
    String problem = JacksonAnnotations.problem(Optional.empty(), false).orElseThrow();
    assertTrue(problem.contains("are version unknown"), problem);
    assertTrue(JacksonAnnotations.problem(Optional.of("2.22"), false).isPresent());
  }

  @Test
  void aNewerOrUnknownVersionWithTheClassesPasses() {
    assertEquals(Optional.empty(), JacksonAnnotations.problem(Optional.of("2.23"), true));
    assertEquals(Optional.empty(), JacksonAnnotations.problem(Optional.of("3.0.1"), true));
    assertEquals(Optional.empty(), JacksonAnnotations.problem(Optional.empty(), true));
  }

  @Test
  void versionsCompareByNumberNotByText() {
    assertTrue(JacksonAnnotations.compare("2.9.10", "2.22") < 0);
    assertTrue(JacksonAnnotations.compare("2.22.1", "2.22") > 0);
    assertEquals(0, JacksonAnnotations.compare("2.22.0", "2.22"));
    assertEquals(0, JacksonAnnotations.compare("2.22-rc1", "2.22"));
    assertTrue(JacksonAnnotations.compare("2.21", "2.22") < 0);
    assertTrue(JacksonAnnotations.compare("10.0", "9.99") > 0);
  }
}
