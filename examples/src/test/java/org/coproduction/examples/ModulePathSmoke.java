package org.coproduction.examples;

import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.Document;
import org.coproduction.core.Documents;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.coproduction.report.survey.SurveyImport;
import org.coproduction.report.survey.SurveyImporter;

/**
 * Reads and writes every kind of document on a real module path, run in a fresh JVM by {@link
 * ModulePathSmokeTest}. Surefire's own module handling opens packages that a consumer's JVM would
 * not, so a missing {@code opens} in a module-info only shows up here.
 */
public final class ModulePathSmoke {
  private ModulePathSmoke() {}

  /**
   * Exits 0 after printing one line per document type, or throws.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws java.io.IOException {
    List<Supplier<Document>> documents =
        List.of(
            () ->
                Documents.read(
                    "{\"schemaVersion\":1,\"id\":\"f\",\"version\":\"1\",\"name\":\"F\",\"principles\":"
                        + "[{\"id\":\"a\",\"name\":\"A\",\"description\":\"D\",\"source\":"
                        + "{\"document\":\"x\",\"section\":\"y\"}}]}",
                    PrincipleFramework.class),
            PrincipleFrameworks::guide,
            Recommendations::catalogue,
            () -> Examples.load("opportunities-fair"),
            Examples::sampleSurveyMapping);
    for (Supplier<Document> read : documents) {
      Document document = read.get();
      Document again =
          Documents.read(
              Documents.write(document),
              document.getClass().getSuperclass().asSubclass(Document.class));
      if (!again.equals(document)) {
        throw new IllegalStateException(
            "round trip changed a " + document.getClass().getSimpleName());
      }
      System.out.println("read and wrote " + document.getClass().getSuperclass().getSimpleName());
    }
    SurveyImport survey =
        SurveyImporter.read(
            new StringReader(Examples.sampleSurveyExport()),
            Examples.sampleSurveyMapping(),
            BuiltInChecklist.get());
    System.out.println("imported the sample survey: " + survey.summary());
    // Apache POI reads the workbook on the module path as it would in a modular application.
    try (java.io.InputStream workbook = Examples.openSurveyToolExport("microsoft-forms")) {
      SurveyImport forms =
          SurveyImporter.read(
              workbook,
              "microsoft-forms.xlsx",
              Examples.surveyToolMapping("microsoft-forms"),
              BuiltInChecklist.get(),
              org.coproduction.report.survey.ExportOptions.detect());
      System.out.println("imported the Microsoft Forms workbook: " + forms.summary());
    }
    System.out.println("module path smoke: ok");
  }
}
