package org.coproduction.report.questionnaire;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coproduction.checklist.Checklist;
import org.coproduction.core.Documents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questionnaire's pages and template for a small checklist match the golden files in {@code
 * src/test/resources/golden/questionnaire/}. A difference is written to {@code
 * target/golden-actual/questionnaire/} to compare and, once checked by eye, copy over.
 */
class QuestionnaireGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "questionnaire");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "questionnaire");
  private static final QuestionnaireSettings SETTINGS =
      QuestionnaireSettings.of("day-centre-redesign", Optional.of("round-2"));

  static Stream<Arguments> cases() {
    Function<Checklist, String> form = c -> QuestionnaireHtml.render(c, SETTINGS);
    Function<Checklist, String> print = c -> PrintableQuestionnaire.render(c, SETTINGS);
    Function<Checklist, String> header = c -> SurveyTemplate.of(c, SETTINGS).csvHeader();
    Function<Checklist, String> mapping =
        c -> Documents.write(SurveyTemplate.of(c, SETTINGS).mapping());
    return Stream.of(
        Arguments.of("form.html", form),
        Arguments.of("print.html", print),
        Arguments.of("survey-template.csv", header),
        Arguments.of("survey-mapping.json", mapping));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String golden, Function<Checklist, String> render)
      throws IOException {
    byte[] actual =
        render.apply(QuestionnaireBrowserTest.smallChecklist()).getBytes(StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(golden);
    byte[] expected = Files.exists(expectedFile) ? Files.readAllBytes(expectedFile) : new byte[0];
    if (!Arrays.equals(expected, actual)) {
      Files.createDirectories(ACTUAL);
      Path written = ACTUAL.resolve(golden);
      Files.write(written, actual);
      fail(
          expectedFile
              + " differs from what was rendered; the output is in "
              + written
              + ": compare the two, and if the new output is right, copy it over the golden file");
    }
  }
}
