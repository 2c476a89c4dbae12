package org.coproduction.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.report.ReportSettings;
import org.coproduction.report.batch.CombinedCsv;
import org.coproduction.report.batch.EvaluationFiles;
import org.coproduction.report.batch.EvaluationInput;
import org.coproduction.report.batch.ReportFiles;
import org.coproduction.scoring.ScoringSettings;

/**
 * One run of {@code evaluate} over many evaluations in one JVM: read each input, score it, write
 * its report, and report each failure on its own line while the others go on. The reports go to one
 * of three places: JSON lines (one report document a line) or one combined CSV table, on standard
 * output or in one file; or a folder with one file per evaluation, in any format; or nowhere, when
 * only the portfolio of them all is wanted ({@link PortfolioFile}), which is written once every
 * evaluation has been read.
 */
final class Batch {
  /** Where the reports go. */
  sealed interface Destination {
    /** Everything in one stream: standard output, or the file given. */
    record Combined(ReportFormat format, Path file) implements Destination {}

    /** One file per evaluation in a folder, which is made when it does not exist. */
    record Folder(ReportFormat format, Path folder) implements Destination {}

    /** No report of each evaluation: only the portfolio of them all. */
    record None() implements Destination {}
  }

  /** The formats that can be combined into one stream. */
  static boolean combines(ReportFormat format) {
    return format == ReportFormat.JSON || format == ReportFormat.CSV;
  }

  private final PrintStream out;
  private final Progress progress;
  private final ReportSettings settings;
  private final PortfolioFile portfolio;
  private final List<EvaluationReport> portfolioReports = new ArrayList<>();
  private final Map<String, String> seenIds = new HashMap<>();
  private int scored;
  private int failed;

  private Batch(
      PrintStream out, Progress progress, ReportSettings settings, PortfolioFile portfolio) {
    this.out = out;
    this.progress = progress;
    this.settings = settings;
    this.portfolio = portfolio;
  }

  /**
   * Scores every evaluation behind the paths.
   *
   * @param paths files, folders and JSON-lines files
   * @param destination where the reports go; a {@code Combined} file of {@code null} is standard
   *     output
   * @param portfolio where the portfolio of every evaluation scored goes, or {@code null} for none
   * @param settings what the reports hold beyond the scores, such as raters' comments
   * @param out standard output
   * @param err standard error
   * @param showProgress whether to draw a progress bar on standard error
   * @return the exit code: 0 when every evaluation was scored, 2 when any failed
   */
  static int run(
      List<Path> paths,
      Destination destination,
      PortfolioFile portfolio,
      ReportSettings settings,
      PrintStream out,
      PrintStream err,
      boolean showProgress) {
    List<Path> files = EvaluationFiles.expand(paths);
    Progress progress =
        showProgress ? Progress.on(err, files.size(), System::nanoTime) : Progress.off(err);
    return new Batch(out, progress, settings, portfolio).run(files, destination);
  }

  private int run(List<Path> files, Destination destination) {
    if (destination instanceof Destination.Folder folder && holdsAnyOf(folder.folder(), files)) {
      progress.println(
          "evaluate: the reports would go into "
              + folder.folder()
              + ", beside the evaluations being scored, and could overwrite them; choose another"
              + " --output-dir");
      return Evaluate.USAGE;
    }
    try (Sink sink = open(destination)) {
      for (Path file : files) {
        try (Stream<EvaluationInput> inputs = EvaluationFiles.read(file)) {
          for (EvaluationInput input : (Iterable<EvaluationInput>) inputs::iterator) {
            score(input, sink);
          }
        }
        progress.fileDone();
      }
    } catch (CannotWrite e) {
      progress.println("evaluate: " + e.getMessage());
      return Evaluate.BAD_FILE;
    }
    progress.finish();
    if (portfolio != null && !writePortfolio()) {
      return Evaluate.BAD_FILE;
    }
    if (failed == 0 && scored > 0) {
      return Evaluate.OK;
    }
    if (failed == 0) {
      progress.println("evaluate: no evaluations found: every JSON-lines file given is empty");
      return Evaluate.BAD_FILE;
    }
    progress.println(
        "evaluate: "
            + scored
            + " of "
            + (scored + failed)
            + (scored + failed == 1 ? " evaluation" : " evaluations")
            + " scored; "
            + failed
            + " could not be, each named above");
    return Evaluate.BAD_FILE;
  }

  /**
   * Writes the portfolio of the evaluations scored. With none scored it says so and writes nothing,
   * and the run ends with exit code 2 as it does without a portfolio.
   *
   * @return false when the file could not be written
   */
  private boolean writePortfolio() {
    if (portfolioReports.isEmpty()) {
      progress.println(
          "evaluate: no portfolio written to " + portfolio.file() + ": no evaluation was scored");
      return true;
    }
    try {
      Files.writeString(
          portfolio.file(), portfolio.render(portfolioReports), StandardCharsets.UTF_8);
    } catch (IOException e) {
      progress.println("evaluate: " + CannotWrite.file(portfolio.file(), e).getMessage());
      return false;
    }
    return true;
  }

  private static boolean holdsAnyOf(Path folder, List<Path> files) {
    Path target = folder.toAbsolutePath().normalize();
    return files.stream()
        .map(f -> f.toAbsolutePath().normalize().getParent())
        .anyMatch(target::equals);
  }

  private void score(EvaluationInput input, Sink sink) throws CannotWrite {
    if (!input.isRead()) {
      fail(input.message().orElseThrow());
      return;
    }
    Evaluation evaluation = input.evaluation().orElseThrow();
    String first = seenIds.putIfAbsent(evaluation.id(), input.source());
    if (first != null) {
      fail(
          input.source()
              + ": id: the evaluation id '"
              + evaluation.id()
              + "' is already used by "
              + first
              + "; give each evaluation its own id");
      return;
    }
    EvaluationReport report;
    try {
      report =
          Evaluator.evaluate(
              evaluation, RecordCheckSettings.defaults(), ScoringSettings.defaults(), settings);
    } catch (CoProductionException e) {
      fail(input.source() + ": " + e.getMessage());
      return;
    }
    sink.write(evaluation, report);
    if (portfolio != null) {
      portfolioReports.add(report);
    }
    scored++;
  }

  private void fail(String message) {
    failed++;
    progress.failed();
    progress.println("evaluate: " + CommandLines.oneLine(message));
  }

  private Sink open(Destination destination) throws CannotWrite {
    if (destination instanceof Destination.Folder folder) {
      return new FolderSink(folder.format(), folder.folder());
    }
    if (destination instanceof Destination.None) {
      return new NoSink();
    }
    Destination.Combined combined = (Destination.Combined) destination;
    Writer writer;
    if (combined.file() == null) {
      writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    } else {
      try {
        writer = Files.newBufferedWriter(combined.file(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CannotWrite.file(combined.file(), e);
      }
    }
    return combined.format() == ReportFormat.CSV
        ? new CsvSink(writer, combined.file())
        : new JsonLinesSink(writer, combined.file());
  }

  /** Writing the reports failed, so the run stops: every report after would fail the same way. */
  static final class CannotWrite extends Exception {
    private static final long serialVersionUID = 1L;

    CannotWrite(String message) {
      super(message);
    }

    static CannotWrite file(Path file, IOException e) {
      if (file == null) {
        return new CannotWrite("cannot write to standard output: " + EvaluationFiles.reason(e));
      }
      if (e instanceof NoSuchFileException) {
        return new CannotWrite("cannot write " + file + ": its folder does not exist");
      }
      return new CannotWrite("cannot write " + file + ": " + EvaluationFiles.reason(e));
    }
  }

  /** Where each scored evaluation's report is written. */
  private interface Sink extends AutoCloseable {
    void write(Evaluation evaluation, EvaluationReport report) throws CannotWrite;

    @Override
    void close() throws CannotWrite;
  }

  /** One report document a line. */
  private static final class JsonLinesSink implements Sink {
    private final Writer writer;
    private final Path file;

    JsonLinesSink(Writer writer, Path file) {
      this.writer = writer;
      this.file = file;
    }

    @Override
    public void write(Evaluation evaluation, EvaluationReport report) throws CannotWrite {
      try {
        Documents.writeLines(List.of(report), writer);
      } catch (IOException e) {
        throw CannotWrite.file(file, e);
      }
    }

    @Override
    public void close() throws CannotWrite {
      try {
        if (file == null) {
          writer.flush();
        } else {
          writer.close();
        }
      } catch (IOException e) {
        throw CannotWrite.file(file, e);
      }
    }
  }

  /** One CSV table with the evaluation's and initiative's ids on every row. */
  private static final class CsvSink implements Sink {
    private final Writer writer;
    private final Path file;
    private final CombinedCsv table;

    CsvSink(Writer writer, Path file) {
      this.writer = writer;
      this.file = file;
      this.table = new CombinedCsv(writer);
    }

    @Override
    public void write(Evaluation evaluation, EvaluationReport report) throws CannotWrite {
      try {
        table.add(evaluation, report);
      } catch (IOException e) {
        throw CannotWrite.file(file, e);
      }
    }

    @Override
    public void close() throws CannotWrite {
      try {
        table.flush();
        if (file != null) {
          writer.close();
        }
      } catch (IOException e) {
        throw CannotWrite.file(file, e);
      }
    }
  }

  /** No report of each evaluation, when only the portfolio is wanted. */
  private static final class NoSink implements Sink {
    @Override
    public void write(Evaluation evaluation, EvaluationReport report) {}

    @Override
    public void close() {}
  }

  /** One file per evaluation, named by {@link ReportFiles}. */
  private static final class FolderSink implements Sink {
    private final ReportFormat format;
    private final Path folder;

    FolderSink(ReportFormat format, Path folder) throws CannotWrite {
      this.format = format;
      this.folder = folder;
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new CannotWrite(
            "cannot write reports into " + folder + ": it is a file, not a folder");
      }
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new CannotWrite(
            "cannot make the folder " + folder + ": " + EvaluationFiles.reason(e));
      }
    }

    @Override
    public void write(Evaluation evaluation, EvaluationReport report) throws CannotWrite {
      Path file = folder.resolve(ReportFiles.fileName(evaluation.id(), format));
      try {
        Files.writeString(
            file, format.render(report, evaluation.checklistInUse()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CannotWrite.file(file, e);
      }
    }

    @Override
    public void close() {}
  }
}
