package org.coproduction.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.actions.ActionPlan;
import org.coproduction.report.actions.ActionPlans;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code action-plan} command: scores one evaluation and drafts an action plan for the red
 * flags of one review round, as an action plan JSON document for people to edit and then put in the
 * evaluation's {@code actionPlan}, so that the next round's report follows it up. Exit codes as
 * {@code evaluate}'s: 0 when the plan was written, 2 for a missing or invalid file or a round the
 * initiative lacks, 64 when the command line is wrong.
 */
@Command(
    name = "action-plan",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = Evaluate.USAGE,
    sortOptions = false,
    header = "Draft an action plan for the red flags of one review round.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Scores an evaluation and drafts one action for each of the guide's recommendations that"
          + " each red flag's item checks, written out in full. Every action starts proposed,"
          + " owned by the manager, due on one date and meant to clear by the next review round:"
          + " edit owners, dates, statuses and notes, then put the plan in the evaluation's"
          + " actionPlan field.",
      "",
      "With no FILE and no --example, drafts for the first bundled example."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  action-plan --example opportunities-fair --round fair-2024",
      "  action-plan my-evaluation.json --clear-by round-2 --due 2026-09-30 --output plan.json"
    })
@API(status = EXPERIMENTAL, since = "0.1")
public final class ActionPlanCommand implements Callable<Integer> {
  @Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "An evaluation JSON file to draft a plan for.")
  private Path file;

  @Option(
      names = {"-e", "--example"},
      paramLabel = "NAME",
      converter = CommandOptions.ExampleName.class,
      completionCandidates = CommandOptions.ExampleNames.class,
      description = "Draft for a bundled example instead of a file: ${COMPLETION-CANDIDATES}.")
  private String example;

  @Option(
      names = "--round",
      paramLabel = "ROUND",
      description = "The review round whose red flags the plan answers. Default: the latest.")
  private String round;

  @Option(
      names = "--clear-by",
      paramLabel = "ROUND",
      description =
          "The review round by which the flags should clear. Default: the round after --round.")
  private String clearBy;

  @Option(
      names = "--due",
      paramLabel = "DATE",
      converter = DateWords.class,
      description =
          "The day every action is due, such as 2026-09-30. Default: the date of the"
              + " --clear-by round.")
  private LocalDate due;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the plan to this file (UTF-8) instead of standard output.")
  private Path output;

  private final PrintStream out;
  private final PrintStream err;

  private ActionPlanCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line, such as {@code --example opportunities-fair --round fair-2024}
   */
  public static void main(String[] args) {
    CommandLines.main(args, ActionPlanCommand::run);
  }

  /**
   * Runs the command without exiting, for tests and for programs that embed it.
   *
   * @param args the command line
   * @param out where the plan and the help go
   * @param err where error messages go
   * @return the exit code: 0, 2, 64 or 70
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLines.of(new ActionPlanCommand(out, err), out, err).execute(args);
  }

  /**
   * Reads the evaluation, scores the chosen round and writes the draft.
   *
   * @return the exit code: 0, or 2 when a file or a round is wrong
   */
  @Override
  public Integer call() {
    if (file != null && example != null) {
      throw new ParameterException(spec.commandLine(), "give a FILE or --example, not both");
    }
    Evaluation evaluation;
    String source;
    if (file != null) {
      source = file.toString();
      try {
        evaluation = Documents.read(file, Evaluation.class);
      } catch (NoSuchFileException e) {
        return fail(source + ": no such file");
      } catch (IOException e) {
        return fail(source + ": cannot be read");
      } catch (CoProductionException e) {
        return fail(source + ": " + e.getMessage());
      }
    } else {
      String name = example != null ? example : Examples.names().get(0);
      source = "example " + name;
      evaluation = Examples.load(name);
    }
    List<ReviewRound> rounds = evaluation.initiative().reviewRoundsInDateOrder();
    Optional<ReviewRound> answered =
        round != null
            ? rounds.stream().filter(r -> r.id().equals(round)).findFirst()
            : latestAnswered(evaluation, rounds);
    if (round != null && answered.isEmpty()) {
      return fail(source + ": the initiative has no review round '" + round + "'");
    }
    Optional<ReviewRound> next =
        clearBy != null
            ? rounds.stream().filter(r -> r.id().equals(clearBy)).findFirst()
            : answered.flatMap(
                a -> rounds.stream().filter(r -> r.date().isAfter(a.date())).findFirst());
    if (next.isEmpty()) {
      return fail(
          source
              + (clearBy != null
                  ? ": the initiative has no review round '" + clearBy + "'"
                  : ": no later review round to clear the flags by; give one with --clear-by"));
    }
    EvaluationReport report;
    try {
      Evaluation scored =
          answered
              .map(
                  a ->
                      Evaluation.builder()
                          .from(evaluation)
                          .responses(evaluation.responsesInRound(a.id()))
                          .actionPlan(Optional.empty())
                          .build())
              .orElse(evaluation);
      report = Evaluator.evaluate(scored);
    } catch (CoProductionException e) {
      return fail(source + ": " + e.getMessage());
    }
    ActionPlan plan;
    try {
      plan =
          ActionPlans.draft(
              report,
              evaluation.checklistInUse(),
              next.get().id(),
              due != null ? due : next.get().date());
    } catch (CoProductionException e) {
      return fail(source + ": " + e.getMessage());
    }
    String text = Documents.write(plan);
    if (output == null) {
      out.print(text);
      out.flush();
      return Evaluate.OK;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return fail("cannot write " + output);
    }
    return Evaluate.OK;
  }

  /** The latest round anybody answered in, as the report's latest round is. */
  private static Optional<ReviewRound> latestAnswered(
      Evaluation evaluation, List<ReviewRound> rounds) {
    for (int i = rounds.size() - 1; i >= 0; i--) {
      if (!evaluation.responsesInRound(rounds.get(i).id()).isEmpty()) {
        return Optional.of(rounds.get(i));
      }
    }
    return Optional.empty();
  }

  private int fail(String message) {
    err.println("action-plan: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
    err.flush();
    return Evaluate.BAD_FILE;
  }

  /** Reads a date written as year, month and day. */
  static final class DateWords implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "--due needs a date written as year-month-day, such as 2026-09-30");
      }
    }
  }
}
