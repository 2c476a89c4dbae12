package org.coproduction.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.coproduction.checklist.records.RecordCheckSettings;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.report.ReportSettings;
import org.coproduction.report.batch.EvaluationFiles;
import org.coproduction.report.batch.EvaluationInput;
import org.coproduction.scoring.ScoringSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code evaluate} command: scores one evaluation (a bundled example or a file) and writes its
 * report in one of the forms of {@link ReportFormat}, plain text by default. It is what a newcomer
 * runs first and what a researcher scripts, so its exit codes are fixed: 0 when the report was
 * written, 2 when a file is missing, unreadable or not a valid evaluation (with a one-line message
 * naming the file and the JSON path of the problem), 64 when the command line is wrong, and 70 when
 * something fails that should not (a fault to report). It never prints a stack trace unless asked
 * to with {@code --debug}.
 *
 * <p>Given several files, folders or JSON-lines files, it scores them all in one run ({@link
 * Batch}), and can write the portfolio of them all ({@link PortfolioFile}); given a survey tool's
 * export with its mapping and the initiative's records, it makes the evaluation from them first
 * ({@link SurveyEvaluation}). Its sister commands make the questionnaire people answer ({@link
 * QuestionnaireCommand}) and draft the action plan a report calls for ({@link ActionPlanCommand}).
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Evaluate.USAGE,
    versionProvider = CommandOptions.Version.class,
    sortOptions = false,
    headerHeading = "",
    header = "Score how well an initiative co-produces, and write the report.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Reads an evaluation: an initiative's records, its reciprocity ledger and everybody's"
          + " answers to the co-production checklist, in one JSON file. Scores it and writes a"
          + " report: red flags first, then scores by principle, piece of the jigsaw and interest"
          + " group, signs of tokenism, what the records say, the ladder, fairness of reward,"
          + " representation and the change between rounds.",
      "",
      "With no FILE and no --example, scores the first bundled example.",
      "",
      "Given several FILEs, folders (their .json and .jsonl files) or JSON-lines files (.jsonl,"
          + " one evaluation a line), scores them all in one run: a file that cannot be scored is"
          + " named on its own line and the others are still scored. --format json writes one"
          + " report a line and --format csv one table with the evaluation and initiative ids on"
          + " every row; --output-dir writes one report file per evaluation in any format.",
      "",
      "--portfolio FILE also writes the portfolio of every evaluation scored: the spread of"
          + " scores, the red flags that recur, the initiatives ranked with their uncertainty and"
          + " the groups least heard. A spread over fewer than 3 initiatives is withheld, as a"
          + " group of fewer than 3 people is in a report. With --portfolio alone, only the"
          + " portfolio is written; give --format json or csv, or --output-dir, for the reports"
          + " too.",
      "",
      "easy-read-markdown and easy-read-html write the report for the people who took part, in"
          + " easy read; tidy-scores and tidy-flags write long tables to stack in R or pandas.",
      "",
      "With --survey, --mapping and --records, makes the evaluation from a survey tool's CSV"
          + " export and scores it."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:the report was written",
      " 2:a file is missing, unreadable, too large or not a valid evaluation, or the report"
          + " cannot be written; the message names the file and the place in it. With many evaluations: one or more could not be scored (the"
          + " others were). With --survey: rows were skipped (the report is of the others)",
      "64:the command line is wrong, such as an unknown option, format or example",
      "70:something went wrong that should not have; please report it"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evaluate",
      "  evaluate --example practising-what-they-preach",
      "  evaluate --example opportunities-fair --format markdown --output fair.md",
      "  evaluate my-evaluation.json --format csv",
      "  evaluate projects/ survey-2025.jsonl --format csv --output all.csv",
      "  evaluate projects/ --format html --output-dir reports",
      "  evaluate projects/ --portfolio portfolio.html --no-comments",
      "  evaluate --survey export.csv --mapping mapping.json --records initiative.json",
      "",
      "Other commands, in the same jar (java -cp JAR CLASS --help):",
      "  questionnaire  org.coproduction.examples.QuestionnaireCommand",
      "                 the form people fill in, a page to print, a survey template",
      "  action-plan    org.coproduction.examples.ActionPlanCommand",
      "                 drafts the action plan for a report's red flags"
    })
@API(status = EXPERIMENTAL, since = "0.1")
public final class Evaluate implements Callable<Integer> {
  /** Exit code when the report was written. */
  static final int OK = 0;

  /** Exit code when a file is missing, unreadable or not a valid evaluation. */
  static final int BAD_FILE = 2;

  /** Exit code when the command line is wrong (EX_USAGE in BSD's sysexits). */
  static final int USAGE = 64;

  /** Exit code when something fails that should not: a fault (EX_SOFTWARE in BSD's sysexits). */
  static final int FAULT = 70;

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "Evaluation JSON files to score, folders of them, or JSON-lines files (.jsonl) with one"
              + " evaluation a line.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = {"-e", "--example"},
      paramLabel = "NAME",
      converter = CommandOptions.ExampleName.class,
      completionCandidates = CommandOptions.ExampleNames.class,
      description = "Score a bundled example instead of a file: ${COMPLETION-CANDIDATES}.")
  private String example;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = CommandOptions.FormatName.class,
      completionCandidates = CommandOptions.FormatNames.class,
      description = "How to write the report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to this file (UTF-8) instead of standard output.")
  private Path output;

  @Option(
      names = {"-d", "--output-dir"},
      paramLabel = "FOLDER",
      description =
          "With many evaluations: write each report to its own file in this folder, named by the"
              + " evaluation's id (made when it does not exist).")
  private Path outputDir;

  @Option(
      names = "--portfolio",
      paramLabel = "FILE",
      converter = PortfolioFile.Name.class,
      description =
          "With many evaluations: also write their portfolio to this file, as Markdown (.md),"
              + " HTML (.html) or CSV (.csv) by its name.")
  private PortfolioFile portfolio;

  @Option(
      names = "--no-comments",
      description =
          "Leave raters' comments out of every report, as when people were promised their words"
              + " would stay private.")
  private boolean noComments;

  @Option(
      names = "--survey",
      paramLabel = "CSV",
      description = "Score a survey tool's CSV export (UTF-8), read with --mapping, for --records.")
  private Path survey;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description = "With --survey: the survey mapping, which says what each column asks.")
  private Path mapping;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description = "With --survey: the initiative document the survey is about.")
  private Path records;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description = "With --survey: the initiative's reciprocity ledger, if one is kept.")
  private Path ledger;

  @Option(
      names = "--save-evaluation",
      paramLabel = "FILE",
      description =
          "With --survey: also write the evaluation made from the export to this file, to score"
              + " again or with others.")
  private Path saveEvaluation;

  @Option(
      names = "--debug",
      description = "When something goes wrong that should not, show the details (a stack trace).")
  private boolean debug;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;

  private Evaluate(PrintStream out, PrintStream err, boolean errIsTerminal) {
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line, such as {@code --example care-leavers --format markdown}
   */
  public static void main(String[] args) {
    CommandLines.main(args, (a, out, err) -> run(a, out, err, Terminal.standardErrorIsTerminal()));
  }

  /**
   * Runs the command without exiting, for tests and for programs that embed it.
   *
   * @param args the command line
   * @param out where the report and the help go
   * @param err where error messages go
   * @return the exit code: 0, 2 or 64
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command line
   * @param out where the report and the help go
   * @param err where error messages go
   * @param errIsTerminal whether a person watches {@code err}, so a long batch shows its progress
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
    CommandLine commandLine = CommandLines.of(new Evaluate(out, err, errIsTerminal), out, err);
    commandLine.setExecutionExceptionHandler(
        (e, line, result) -> fault(e, err, ((Evaluate) line.getCommand()).debug));
    try {
      return commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // Whatever escapes picocli's own handling, such as running out of memory: picocli hands
      // only exceptions to the handler, and the options may not have been set.
      return fault(e, err, java.util.Arrays.asList(args).contains("--debug"));
    }
  }

  /**
   * A failure that is not the user's: one line asking them to report it, and the stack trace only
   * with {@code --debug}. The exception's own message is left out, as it may quote the file.
   */
  private static int fault(Throwable e, PrintStream err, boolean debug) {
    if (e instanceof OutOfMemoryError) {
      err.println(
          "evaluate: Java ran out of memory; give it more (for example java -Xmx1g) or score a"
              + " smaller file");
    } else {
      err.println(
          "evaluate: something went wrong that should not have ("
              + e.getClass().getSimpleName()
              + "); please report it with the command you ran, and run it again with --debug"
              + " to see the details");
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return FAULT;
  }

  /**
   * Scores the evaluations the options name and writes their reports; picocli calls this once the
   * options are set.
   *
   * @return the exit code: 0, or 2 when a file is missing, unreadable or invalid
   */
  @Override
  public Integer call() {
    checkOptionsFitTogether();
    if (survey != null) {
      return scoreSurvey();
    }
    if (isBatch()) {
      return Batch.run(files, destination(), portfolio, reportSettings(), out, err, errIsTerminal);
    }
    String source;
    Evaluation evaluation;
    if (!files.isEmpty()) {
      EvaluationInput input = EvaluationFiles.readOne(files.get(0));
      if (!input.isRead()) {
        return fail(input.message().orElseThrow());
      }
      source = input.source();
      evaluation = input.evaluation().orElseThrow();
    } else {
      String name = example != null ? example : Examples.names().get(0);
      source = "example " + name;
      evaluation = Examples.load(name);
    }
    return scoreAndWrite(source, evaluation);
  }

  /** Many evaluations: several paths, a folder, a JSON-lines file, or a folder to write into. */
  private boolean isBatch() {
    return files.size() > 1
        || outputDir != null
        || portfolio != null
        || files.stream().anyMatch(f -> Files.isDirectory(f) || EvaluationFiles.isJsonLines(f));
  }

  private Batch.Destination destination() {
    if (outputDir != null) {
      return new Batch.Destination.Folder(format, outputDir);
    }
    boolean reportsAsked =
        output != null || spec.commandLine().getParseResult().hasMatchedOption("--format");
    if (portfolio != null && !reportsAsked) {
      return new Batch.Destination.None();
    }
    if (!Batch.combines(format)) {
      throw usage(
          format.cliName()
              + " reports of many evaluations go one file each into a folder: give --output-dir"
              + " FOLDER, or --format json or csv for one combined output");
    }
    return new Batch.Destination.Combined(format, output);
  }

  private void checkOptionsFitTogether() {
    if (!files.isEmpty() && example != null) {
      throw usage("give a FILE or --example, not both");
    }
    if (output != null && outputDir != null) {
      throw usage("give --output or --output-dir, not both");
    }
    if (outputDir != null && files.isEmpty()) {
      throw usage("--output-dir is for many evaluations: give the FILEs or folders to score");
    }
    if (portfolio != null && files.isEmpty()) {
      throw usage("--portfolio is for many evaluations: give the FILEs or folders to score");
    }
    if (portfolio != null && output != null && sameFile(portfolio.file(), output)) {
      throw usage("--portfolio and --output name the same file; give each a file of its own");
    }
    boolean surveyOptions =
        mapping != null || records != null || ledger != null || saveEvaluation != null;
    if (survey == null && surveyOptions) {
      throw usage("--mapping, --records, --ledger and --save-evaluation go with --survey CSV");
    }
    if (survey != null) {
      if (!files.isEmpty() || example != null || outputDir != null) {
        throw usage("give --survey, a FILE or --example, only one of them");
      }
      if (mapping == null || records == null) {
        throw usage("--survey needs --mapping FILE and --records FILE beside it");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Makes the evaluation from the export, reports the rows skipped, then scores it. */
  private int scoreSurvey() {
    SurveyEvaluation made;
    try {
      made = SurveyEvaluation.read(survey, mapping, records, ledger);
    } catch (SurveyEvaluation.Failed e) {
      return fail(e.getMessage());
    }
    for (String line : made.problemLines(survey)) {
      err.println("evaluate: " + CommandLines.oneLine(line));
    }
    if (made.imported().skipped() > 0) {
      err.println("evaluate: " + survey + ": " + made.imported().summary());
    }
    if (saveEvaluation != null) {
      int saved = write(saveEvaluation, Documents.write(made.evaluation()));
      if (saved != OK) {
        return saved;
      }
    }
    int code = scoreAndWrite(survey.toString(), made.evaluation());
    return code == OK && made.imported().skipped() > 0 ? BAD_FILE : code;
  }

  /** Scores one evaluation and writes its report where the options say. */
  private int scoreAndWrite(String source, Evaluation evaluation) {
    EvaluationReport report;
    try {
      report =
          Evaluator.evaluate(
              evaluation,
              RecordCheckSettings.defaults(),
              ScoringSettings.defaults(),
              reportSettings());
    } catch (CoProductionException e) {
      return fail(source + ": " + e.getMessage());
    }
    String text = format.render(report, evaluation.checklistInUse());

    if (output == null) {
      out.print(text);
      out.flush();
      return OK;
    }
    return write(output, text);
  }

  /** What the reports hold beyond the scores: raters' comments unless --no-comments. */
  private ReportSettings reportSettings() {
    return ReportSettings.of(!noComments);
  }

  private int write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return fail("cannot write " + file + ": its folder does not exist");
    } catch (IOException e) {
      return fail("cannot write " + file + ": " + EvaluationFiles.reason(e));
    }
    return OK;
  }

  private int fail(String message) {
    err.println("evaluate: " + CommandLines.oneLine(message));
    err.flush();
    return BAD_FILE;
  }
}
