package org.coproduction.examples;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.portfolio.Portfolio;
import org.coproduction.report.portfolio.PortfolioHtml;
import org.coproduction.report.portfolio.PortfolioReport;
import org.coproduction.report.portfolio.PortfolioText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where {@code evaluate --portfolio} writes the portfolio of every evaluation it scored, and in
 * which form: the file name's ending says it, as people expect of a file they will open. The
 * portfolio keeps its own disclosure rule ({@link Portfolio#of(List)}): a spread over fewer than k
 * initiatives is withheld, k being the scoring settings' smallest group, as in every report.
 *
 * @param file the file to write
 * @param form Markdown, HTML or CSV
 */
record PortfolioFile(Path file, Form form) {
  /** The forms a portfolio can be written in, with the file-name endings that choose them. */
  enum Form {
    MARKDOWN(PortfolioText::markdown, ".md", ".markdown"),
    HTML(PortfolioHtml::render, ".html", ".htm"),
    CSV(PortfolioText::csv, ".csv");

    private final Function<PortfolioReport, String> writer;
    private final List<String> endings;

    Form(Function<PortfolioReport, String> writer, String... endings) {
      this.writer = writer;
      this.endings = List.of(endings);
    }

    static Optional<Form> of(Path file) {
      Path name = file.getFileName();
      if (name == null) {
        return Optional.empty();
      }
      String lower = name.toString().toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(f -> f.endings.stream().anyMatch(lower::endsWith))
          .findFirst();
    }
  }

  /**
   * The portfolio's text.
   *
   * @param reports the reports of every evaluation scored, at least one
   * @return the text to write
   */
  String render(List<EvaluationReport> reports) {
    return form.writer.apply(Portfolio.of(reports));
  }

  /** Turns a file name into a portfolio file, refusing an ending that names no form. */
  static final class Name implements ITypeConverter<PortfolioFile> {
    @Override
    public PortfolioFile convert(String name) {
      Path file = Path.of(name);
      return Form.of(file)
          .map(form -> new PortfolioFile(file, form))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "the portfolio file's name says its form: end it in .md (Markdown), .html"
                          + " (a web page) or .csv (a table), not '"
                          + name
                          + "'"));
    }
  }
}
