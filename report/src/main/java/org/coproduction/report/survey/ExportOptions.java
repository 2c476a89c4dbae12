package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.Charset;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;

/**
 * Choices about one export file that the importer otherwise makes itself: the text encoding and the
 * cell separator of a CSV file, and the sheet of a workbook. Leave them out and the importer finds
 * them, saying in {@link SurveyImport#summary()} which it used; name one when it guesses wrong, for
 * example an old export in Mac Roman.
 */
@Value.Immutable
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ExportOptions {
  ExportOptions() {}

  /**
   * The CSV file's text encoding.
   *
   * @return the encoding, or empty to find it: UTF-8 with or without a byte order mark, UTF-16
   *     (with a byte order mark, or mostly-English text without), or else Windows-1252
   */
  public abstract Optional<Charset> encoding();

  /**
   * The character between a CSV file's cells.
   *
   * @return the separator, or empty to find it among comma, semicolon and tab
   */
  public abstract Optional<Character> separator();

  /**
   * The workbook sheet to read, overriding the mapping's {@link SurveyMapping#sheet()}.
   *
   * @return the sheet's name, or empty for the mapping's, else the first
   */
  public abstract Optional<String> sheet();

  /**
   * No choices: find everything.
   *
   * @return options that choose nothing
   */
  public static ExportOptions detect() {
    return builder().build();
  }

  /**
   * Starts new options.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExportOptions}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableExportOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    separator()
        .ifPresent(
            c -> {
              if (c == '"' || c == '\n' || c == '\r') {
                throw CoProductionException.at(
                    "separator", "cannot be a quote or a line break, which CSV uses itself");
              }
            });
  }
}
