package org.coproduction.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.LadderQuestionnaire;
import org.coproduction.checklist.RecommendationsSelfAssessment;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.batch.EvaluationFiles;
import org.coproduction.report.questionnaire.PrintableQuestionnaire;
import org.coproduction.report.questionnaire.QuestionnaireHtml;
import org.coproduction.report.questionnaire.QuestionnaireSettings;
import org.coproduction.report.questionnaire.SurveyTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code questionnaire} command: makes what people need to answer a checklist, from the
 * built-in checklist, the recommendations self-assessment or the ladder questionnaire ({@code
 * --instrument}), a bundled example's checklist or a checklist file such as an instrument of one's
 * own. The {@code form} is one HTML file people open in a browser, fill in (also in easy read) and
 * save as a response set; the {@code print} page is the same questions on paper; the {@code
 * template} is a survey tool's CSV header with the survey mapping that imports its export. Exit
 * codes as for {@code evaluate}: 0 when written, 2 when a file is missing or invalid, 64 when the
 * command line is wrong, 70 for a fault.
 */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Evaluate.USAGE,
    versionProvider = CommandOptions.Version.class,
    sortOptions = false,
    headerHeading = "",
    header =
        "Make a questionnaire from a checklist: a form to fill in, a page to print, or a"
            + " survey-tool template.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "form: one HTML file that works offline in any browser, with a keyboard or a screen reader,"
          + " and in easy read (large type, easy words, one question at a time). It saves the"
          + " answers as a response-set JSON file and a CSV file.",
      "print: the same numbered questions to print, with boxes to tick; type the paper answers"
          + " back in with the form.",
      "template: survey-template.csv (the questions as a survey tool's export has them) and"
          + " survey-mapping.json (which imports that export with no changes), in the --output"
          + " folder.",
      "",
      "With no FILE, --example or --instrument, asks the built-in checklist (--instrument"
          + " police)."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:written",
      " 2:a file is missing, unreadable or not a valid checklist, or the output cannot be written",
      "64:the command line is wrong",
      "70:something went wrong that should not have; please report it"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  questionnaire -i day-centre-redesign -r round-2 -o form.html",
      "  questionnaire --example care-leavers --kind print -o paper.html",
      "  questionnaire --instrument recommendations -i our-council -o self-assessment.html",
      "  questionnaire our-checklist.json -i club-2026 --kind template -o survey"
    })
@API(status = EXPERIMENTAL, since = "0.1")
public final class QuestionnaireCommand implements Callable<Integer> {

  static final String TEMPLATE_CSV = "survey-template.csv";
  static final String TEMPLATE_MAPPING = "survey-mapping.json";

  /** The built-in instruments the command can ask, by the name {@code --instrument} takes. */
  enum Instrument {
    /** The "co-production police" checklist, about one initiative, answered yes, partly or no. */
    POLICE(BuiltInChecklist::get),
    /** The national guide's 20 recommendations as an organisation's self-assessment. */
    RECOMMENDATIONS(RecommendationsSelfAssessment::get),
    /** The ladder of co-production as a questionnaire: which rung each stage reached. */
    LADDER(LadderQuestionnaire::get);

    private final Supplier<Checklist> checklist;

    Instrument(Supplier<Checklist> checklist) {
      this.checklist = checklist;
    }

    Checklist checklist() {
      return checklist.get();
    }
  }

  /** What the command makes. */
  enum Kind {
    FORM,
    PRINT,
    TEMPLATE
  }

  @Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A checklist JSON file to ask.")
  private Path file;

  @Option(
      names = {"-e", "--example"},
      paramLabel = "NAME",
      converter = CommandOptions.ExampleName.class,
      completionCandidates = CommandOptions.ExampleNames.class,
      description =
          "Ask the checklist of a bundled example, about its initiative:"
              + " ${COMPLETION-CANDIDATES}.")
  private String example;

  @Option(
      names = {"--instrument"},
      paramLabel = "NAME",
      converter = InstrumentName.class,
      completionCandidates = InstrumentNames.class,
      description =
          "Ask a built-in instrument: ${COMPLETION-CANDIDATES} (the guide's recommendations as"
              + " a self-assessment, or the ladder as a questionnaire). Default: police.")
  private Instrument instrument;

  @Option(
      names = {"-i", "--initiative"},
      paramLabel = "ID",
      description =
          "The id of the initiative the answers are about (the example's, with --example).")
  private String initiative;

  @Option(
      names = {"-r", "--round"},
      paramLabel = "ID",
      description = "The review round the answers belong to, if there is more than one.")
  private String round;

  @Option(
      names = {"-k", "--kind"},
      paramLabel = "KIND",
      defaultValue = "form",
      converter = KindName.class,
      completionCandidates = KindNames.class,
      description = "What to make: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Kind kind;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "The file to write (standard output when not given); for a template, the folder to"
              + " write its two files in (made if missing).")
  private Path output;

  private final PrintStream out;
  private final PrintStream err;

  private QuestionnaireCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line, such as {@code --initiative club --output form.html}
   */
  public static void main(String[] args) {
    CommandLines.main(args, QuestionnaireCommand::run);
  }

  /**
   * Runs the command without exiting, for tests and programs that embed it.
   *
   * @param args the command line
   * @param out where the page and the help go
   * @param err where error messages go
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLines.of(new QuestionnaireCommand(out, err), out, err).execute(args);
  }

  @Override
  public Integer call() {
    if ((file != null ? 1 : 0) + (example != null ? 1 : 0) + (instrument != null ? 1 : 0) > 1) {
      throw new ParameterException(
          spec.commandLine(), "give one of a FILE, --example and --instrument, not two");
    }
    Checklist checklist;
    String initiativeId = initiative;
    if (file != null) {
      try {
        checklist = Documents.read(file, Checklist.class);
      } catch (IOException e) {
        return fail(file + ": " + reason(e));
      } catch (CoProductionException e) {
        return fail(file + ": " + e.getMessage());
      }
    } else if (example != null) {
      Evaluation evaluation = Examples.load(example);
      checklist = evaluation.checklistInUse();
      initiativeId = initiativeId != null ? initiativeId : evaluation.initiative().id();
    } else {
      checklist = (instrument != null ? instrument : Instrument.POLICE).checklist();
    }
    if (initiativeId == null) {
      throw new ParameterException(
          spec.commandLine(), "--initiative is needed: the answers must say what they are about");
    }
    if (kind == Kind.TEMPLATE && output == null) {
      throw new ParameterException(
          spec.commandLine(), "a template is two files: give --output with a folder to write in");
    }
    QuestionnaireSettings settings;
    try {
      settings = QuestionnaireSettings.of(initiativeId, Optional.ofNullable(round));
    } catch (CoProductionException e) {
      throw new ParameterException(
          spec.commandLine(),
          (e.getMessage().startsWith("initiativeId") ? "--initiative" : "--round")
              + e.getMessage().substring(e.getMessage().indexOf(':')));
    }
    try {
      switch (kind) {
        case FORM -> write(QuestionnaireHtml.render(checklist, settings));
        case PRINT -> write(PrintableQuestionnaire.render(checklist, settings));
        case TEMPLATE -> {
          SurveyTemplate template = SurveyTemplate.of(checklist, settings);
          Files.createDirectories(output);
          Files.writeString(
              output.resolve(TEMPLATE_CSV), template.csvHeader(), StandardCharsets.UTF_8);
          Files.writeString(
              output.resolve(TEMPLATE_MAPPING),
              Documents.write(template.mapping()),
              StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      return fail("cannot write " + output + ": " + reason(e));
    } catch (CoProductionException e) {
      return fail(e.getMessage());
    }
    return Evaluate.OK;
  }

  private void write(String text) throws IOException {
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
  }

  private int fail(String message) {
    err.println("questionnaire: " + CommandLines.oneLine(message));
    err.flush();
    return Evaluate.BAD_FILE;
  }

  /** Why a file could not be read or written; the output may be a folder, so it names both. */
  private static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file or folder" : EvaluationFiles.reason(e);
  }

  /** Turns a kind's name into the kind, listing the names when it is unknown. */
  static final class KindName implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String name) {
      for (Kind k : Kind.values()) {
        if (k.name().equalsIgnoreCase(name)) {
          return k;
        }
      }
      throw new TypeConversionException(
          "there is no kind '" + name + "'; the kinds are " + String.join(", ", names()));
    }
  }

  /** Turns an instrument's name into the instrument, listing the names when it is unknown. */
  static final class InstrumentName implements ITypeConverter<Instrument> {
    @Override
    public Instrument convert(String name) {
      for (Instrument i : Instrument.values()) {
        if (i.name().equalsIgnoreCase(name)) {
          return i;
        }
      }
      throw new TypeConversionException(
          "there is no instrument '"
              + name
              + "'; the instruments are "
              + String.join(", ", instrumentNames()));
    }
  }

  /** The instruments' names, for the help. */
  static final class InstrumentNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return instrumentNames().iterator();
    }
  }

  private static List<String> instrumentNames() {
    return List.of(Instrument.values()).stream()
        .map(i -> i.name().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  /** The kinds' names, for the help. */
  static final class KindNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }

  private static List<String> names() {
    return List.of(Kind.values()).stream()
        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }
}
