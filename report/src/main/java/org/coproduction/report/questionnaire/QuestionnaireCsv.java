package org.coproduction.report.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** CSV lines as the questionnaire writes them: every cell quoted, so commas and quotes are safe. */
final class QuestionnaireCsv {
  private QuestionnaireCsv() {}

  static String line(List<String> cells) {
    return cells.stream()
            .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(","))
        + "\r\n";
  }
}
