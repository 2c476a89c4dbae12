package org.coproduction.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;

/**
 * What a README {@code evaluate} command should have written, checked against what it wrote: one
 * evaluation's report is exactly the report the library renders; many evaluations give one report
 * per evaluation scored, in the form the format says; a survey export ends with the counts the
 * README quotes.
 */
final class EvaluateOutputs {
  private EvaluateOutputs() {}

  /** What is wrong with a run's output, one finding a line. */
  static List<String> check(
      Path workspace, List<String> args, Optional<String> redirect, CommandRun run)
      throws IOException {
    String format = value(args, "--format").orElse("text");
    List<String> inputs = positional(args);
    Optional<String> output = value(args, "--output").or(() -> redirect);
    String written =
        output.isPresent() ? Files.readString(workspace.resolve(output.get())) : run.out();
    if (args.contains("--survey")) {
      return survey(run, written);
    }
    boolean batch =
        inputs.size() > 1
            || args.contains("--output-dir")
            || args.contains("--portfolio")
            || inputs.stream().anyMatch(i -> i.endsWith("/") || i.endsWith(".jsonl"));
    if (batch) {
      return batch(workspace, args, inputs, format, output.isPresent() ? written : run.out(), run);
    }
    Evaluation evaluation =
        inputs.isEmpty()
            ? Examples.load(value(args, "--example").orElse(Examples.names().get(0)))
            : Documents.read(workspace.resolve(inputs.get(0)), Evaluation.class);
    if (!written.equals(ReadmeCommandBlocksTest.rendered(evaluation, format))) {
      return List.of("what it wrote is not the " + format + " report of " + evaluation.id());
    }
    return List.of();
  }

  private static List<String> survey(CommandRun run, String written) {
    List<String> wrong = new ArrayList<>();
    Matcher quoted =
        Pattern.compile("such as\\s+`(\\d+ rows read: [^`]+)`")
            .matcher(ReadmeBuildCommands.read("README.md").replace('\n', ' '));
    if (!quoted.find()) {
      return List.of("the README quotes no counts for a survey export");
    }
    List<String> lines = run.errLines();
    if (lines.isEmpty() || !lines.get(lines.size() - 1).contains(": " + quoted.group(1))) {
      wrong.add("the last line is not the counts the README quotes, " + quoted.group(1));
    }
    if (!written.startsWith("# ")) {
      wrong.add("the Markdown report was not written");
    }
    return wrong;
  }

  private static List<String> batch(
      Path workspace,
      List<String> args,
      List<String> inputs,
      String format,
      String combined,
      CommandRun run)
      throws IOException {
    List<String> wrong = new ArrayList<>();
    int scored = 0;
    int given = 0;
    for (String input : inputs) {
      boolean folder = input.endsWith("/");
      scored += folder ? ReadmeWorkspace.PROJECTS : ReadmeWorkspace.SURVEY_LINES - 1;
      given += folder ? ReadmeWorkspace.PROJECTS + 1 : ReadmeWorkspace.SURVEY_LINES;
    }
    String counts = "evaluate: " + scored + " of " + given + " evaluations scored;";
    if (run.errLines().isEmpty()
        || !run.errLines().get(run.errLines().size() - 1).startsWith(counts)) {
      wrong.add("the last line does not begin " + counts);
    }
    Optional<String> folder = value(args, "--output-dir");
    if (folder.isPresent()) {
      try (Stream<Path> files = Files.list(workspace.resolve(folder.get()))) {
        long reports = files.count();
        if (reports != scored) {
          wrong.add(folder.get() + " holds " + reports + " reports, not " + scored);
        }
      }
    } else if (args.contains("--format") || args.contains("--output")) {
      List<String> lines = combined.lines().toList();
      if (format.equals("json")) {
        long reports = lines.stream().map(l -> Documents.read(l, EvaluationReport.class)).count();
        if (reports != scored) {
          wrong.add(reports + " report documents, not " + scored);
        }
      } else if (format.equals("csv")) {
        long ids =
            lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        if (!lines.get(0).startsWith("evaluation_id,initiative_id,") || ids != scored) {
          wrong.add("the table does not hold " + scored + " evaluations under one header");
        }
      }
    }
    Optional<String> portfolio = value(args, "--portfolio");
    if (portfolio.isPresent()) {
      String page = read(workspace.resolve(portfolio.get()));
      boolean right =
          portfolio.get().endsWith(".html")
              ? page.startsWith("<!DOCTYPE html>")
              : page.startsWith("# ");
      if (!right) {
        wrong.add(portfolio.get() + " is not a portfolio in the form its name says");
      }
    }
    return wrong;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> value(List<String> args, String option) {
    int at = args.indexOf(option);
    return at >= 0 ? Optional.of(args.get(at + 1)) : Optional.empty();
  }

  /** The FILE arguments: words that are neither options nor an option's value. */
  private static List<String> positional(List<String> args) {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        if (!arg.equals("--no-comments") && !arg.equals("--debug")) {
          i++;
        }
      } else {
        files.add(arg);
      }
    }
    return files;
  }
}
