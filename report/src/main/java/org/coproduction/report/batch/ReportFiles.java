package org.coproduction.report.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.report.ReportFormat;

/**
 * The name of the file one evaluation's report goes in when many reports are written into one
 * folder: the evaluation's id, then the usual extension of the report's form, such as {@code
 * riverside.md}. Ids are letters, digits, dots, dashes and underscores, so the name is safe on
 * every file system; two evaluations with the same id would share a file, so a batch gives each its
 * own id.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportFiles {
  /** The forms whose usual extension is not their name. */
  private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "markdown", "md");

  private ReportFiles() {}

  /**
   * The usual extension of a form's files.
   *
   * @param format the form
   * @return {@code txt} for text, {@code md} for Markdown, and the form's name for the others, such
   *     as {@code html} or {@code sarif}
   */
  public static String extension(ReportFormat format) {
    return EXTENSIONS.getOrDefault(format.cliName(), format.cliName());
  }

  /**
   * The file name of one evaluation's report.
   *
   * @param evaluationId the evaluation's id
   * @param format the form the report is written in
   * @return for example {@code riverside.html}
   */
  public static String fileName(String evaluationId, ReportFormat format) {
    return evaluationId + "." + extension(format);
  }
}
