package org.coproduction.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.core.Documents;
import org.coproduction.report.survey.SurveyMapping;

/**
 * The worked examples that the {@code examples} module bundles, read from its source folder for
 * this module's tests. The {@code examples} module depends on this one, so these tests cannot use
 * its {@code Examples} class; they read the same files instead of keeping copies that could drift.
 * Maven runs tests in the module's folder, so the path is relative to it.
 */
public final class BundledExamples {
  private static final Path FOLDER =
      Path.of("..", "examples", "src", "main", "resources", "org", "coproduction", "examples");

  private static final List<String> NAMES =
      List.of("dementia-club", "care-leavers", "practising-what-they-preach", "opportunities-fair");

  private BundledExamples() {}

  /** The names of the bundled examples, in the order {@code Examples.names()} gives them. */
  public static List<String> names() {
    return NAMES;
  }

  /** Reads one bundled example through the same strict reader as a user's own file. */
  public static Evaluation load(String name) {
    return Documents.read(text(name + ".json"), Evaluation.class);
  }

  /** The mapping for the sample survey export, as {@code Examples.sampleSurveyMapping()}. */
  public static SurveyMapping sampleSurveyMapping() {
    return Documents.read(sampleSurveyMappingText(), SurveyMapping.class);
  }

  /** The mapping file's text exactly as stored. */
  public static String sampleSurveyMappingText() {
    return text("survey/club-survey-2025-mapping.json");
  }

  /** The sample survey export's text, byte order mark included. */
  public static String sampleSurveyExport() {
    return text("survey/club-survey-2025.csv");
  }

  private static String text(String file) {
    try {
      return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
