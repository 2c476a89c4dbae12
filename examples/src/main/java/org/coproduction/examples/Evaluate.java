package org.coproduction.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code evaluate} command: scores one evaluation (a bundled example or a file) and writes its
 * report in one of the forms of {@link ReportFormat}, plain text by default. It is what a newcomer
 * runs first and what a researcher scripts, so its exit codes are fixed: 0 when the report was
 * written, 2 when a file is missing, unreadable or not a valid evaluation (with a one-line message
 * naming the file and the JSON path of the problem), 64 when the command line is wrong, and 70 when
 * something fails that should not (a fault to report). It never prints a stack trace unless asked
 * to with {@code --debug}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Evaluate.USAGE,
    versionProvider = Evaluate.Version.class,
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
      "With no FILE and no --example, scores the first bundled example."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:the report was written",
      " 2:a file is missing, unreadable, too large or not a valid evaluation; the message names"
          + " the file"
          + " and the place in it",
      "64:the command line is wrong, such as an unknown option, format or example",
      "70:something went wrong that should not have; please report it"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evaluate",
      "  evaluate --example practising-what-they-preach",
      "  evaluate --example opportunities-fair --format markdown --output fair.md",
      "  evaluate my-evaluation.json --format csv"
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
      arity = "0..1",
      paramLabel = "FILE",
      description = "An evaluation JSON file to score.")
  private Path file;

  @Option(
      names = {"-e", "--example"},
      paramLabel = "NAME",
      converter = ExampleName.class,
      completionCandidates = ExampleNames.class,
      description = "Score a bundled example instead of a file: ${COMPLETION-CANDIDATES}.")
  private String example;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatName.class,
      completionCandidates = FormatNames.class,
      description = "How to write the report: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to this file (UTF-8) instead of standard output.")
  private Path output;

  @Option(
      names = "--debug",
      description = "When something goes wrong that should not, show the details (a stack trace).")
  private boolean debug;

  private final PrintStream out;
  private final PrintStream err;

  private Evaluate(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line, such as {@code --example care-leavers --format markdown}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    // A clean run returns normally, so `mvn exec:java` can finish its own work.
    if (code != OK) {
      System.exit(code);
    }
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
    CommandLine commandLine = new CommandLine(new Evaluate(out, err));
    commandLine
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
        .setParameterExceptionHandler(Evaluate::usageError)
        .setExecutionExceptionHandler(
            (e, line, result) -> fault(e, err, ((Evaluate) line.getCommand()).debug));
    try {
      return commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // Whatever escapes picocli's own handling, such as running out of memory: picocli hands
      // only exceptions to the handler, and the options may not have been set.
      return fault(e, err, java.util.Arrays.asList(args).contains("--debug"));
    }
  }

  /** One line saying what is wrong and where to find help, rather than the whole usage text. */
  private static int usageError(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("evaluate: " + oneLine(UsageWords.of(e)));
    err.println("Try 'evaluate --help' for more information.");
    err.flush();
    return USAGE;
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
   * Scores the evaluation the options name and writes its report; picocli calls this once the
   * options are set.
   *
   * @return the exit code: 0, or 2 when a file is missing, unreadable or invalid
   */
  @Override
  public Integer call() {
    if (file != null && example != null) {
      throw new ParameterException(spec.commandLine(), "give a FILE or --example, not both");
    }
    String source;
    Evaluation evaluation;
    if (file != null) {
      source = file.toString();
      if (Files.isDirectory(file)) {
        return fail(source + ": is a folder, not a file");
      }
      try {
        evaluation = Documents.read(file, Evaluation.class);
      } catch (IOException e) {
        return fail(source + ": " + reason(e));
      } catch (CoProductionException e) {
        return fail(source + ": " + e.getMessage());
      }
    } else {
      String name = example != null ? example : Examples.names().get(0);
      source = "example " + name;
      evaluation = Examples.load(name);
    }

    EvaluationReport report;
    try {
      report = Evaluator.evaluate(evaluation);
    } catch (CoProductionException e) {
      return fail(source + ": " + e.getMessage());
    }
    String text = format.render(report, evaluation.checklistInUse());

    if (output == null) {
      out.print(text);
      out.flush();
      return OK;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return fail("cannot write " + output + ": its folder does not exist");
    } catch (IOException e) {
      return fail("cannot write " + output + ": " + reason(e));
    }
    return OK;
  }

  private int fail(String message) {
    err.println("evaluate: " + oneLine(message));
    err.flush();
    return BAD_FILE;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Picocli's complaints about a command line, in plain words. */
  static final class UsageWords {
    private UsageWords() {}

    static String of(ParameterException e) {
      if (e.getCause() instanceof TypeConversionException c) {
        // The converters already speak plainly, and list the right names.
        return c.getMessage();
      }
      if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
        String first = u.getUnmatched().get(0);
        if (first.startsWith("-")) {
          return "there is no option " + first + "; the options are listed by evaluate --help";
        }
        return "only one FILE can be scored at a time, and '" + first + "' is one too many";
      }
      if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
        return needsValue(m.getMissing().get(0));
      }
      if (e instanceof OverwrittenOptionException o) {
        return name(o.getOverwritten()) + " is given more than once; give it once";
      }
      return e.getMessage();
    }

    private static String needsValue(ArgSpec arg) {
      return arg.isOption()
          ? name(arg) + " needs a " + arg.paramLabel() + " after it"
          : "a " + arg.paramLabel() + " is missing";
    }

    private static String name(ArgSpec arg) {
      return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
  }

  /** Turns an example's name into itself, refusing names of no bundled example. */
  static final class ExampleName implements ITypeConverter<String> {
    @Override
    public String convert(String name) {
      if (!Examples.names().contains(name)) {
        throw new TypeConversionException(
            "no bundled example is called '"
                + name
                + "'; the examples are "
                + String.join(", ", Examples.names()));
      }
      return name;
    }
  }

  /** The bundled examples' names, for the help. */
  static final class ExampleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Examples.names().iterator();
    }
  }

  /** Turns a format's name into the format, listing the names when it is unknown. */
  static final class FormatName implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String name) {
      return ReportFormat.byName(name)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "no format is called '"
                          + name
                          + "'; the formats are "
                          + String.join(", ", ReportFormat.names())));
    }
  }

  /** The formats' names, for the help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormat.names().iterator();
    }
  }

  /** The library's version, from a file Maven fills in at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Evaluate.class.getResourceAsStream("evaluate.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "evaluate (coproduction) " + properties.getProperty("version", "unknown version")
      };
    }
  }
}
