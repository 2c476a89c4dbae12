package org.coproduction.examples;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * What the three commands ({@code evaluate}, {@code questionnaire}, {@code action-plan}) do alike
 * around their own work: UTF-8 streams and the exit code, and picocli set up so that a wrong
 * command line gets one plain line and a fault gets one line asking to report it, never a stack
 * trace or a message that may quote someone's file.
 */
final class CommandLines {
  private CommandLines() {}

  /** A command's run without exiting: the arguments, where output and errors go, the exit code. */
  @FunctionalInterface
  interface Run {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  /**
   * Runs a command on standard output and standard error as UTF-8, and exits with its code unless
   * it is {@link Evaluate#OK}: a clean run returns normally, so {@code mvn exec:java} can finish
   * its own work.
   */
  static void main(String[] args, Run run) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run.run(args, out, err);
    out.flush();
    err.flush();
    if (code != Evaluate.OK) {
      System.exit(code);
    }
  }

  /**
   * Picocli for one command, writing to these streams without colour. A wrong command line prints
   * {@code NAME: what is wrong} and where the help is, and exits {@link Evaluate#USAGE}; an
   * unexpected exception prints one line naming only its kind, and exits {@link Evaluate#FAULT} (a
   * command that says more, as {@code evaluate --debug} does, sets its own handler after).
   */
  static CommandLine of(Object command, PrintStream out, PrintStream err) {
    CommandLine commandLine = new CommandLine(command);
    String name = commandLine.getCommandName();
    return commandLine
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
        .setParameterExceptionHandler(
            (e, args) -> {
              err.println(name + ": " + oneLine(CommandOptions.UsageWords.of(e)));
              err.println("Try '" + name + " --help' for more information.");
              err.flush();
              return Evaluate.USAGE;
            })
        .setExecutionExceptionHandler(
            (e, line, result) -> {
              err.println(
                  name
                      + ": something went wrong that should not have ("
                      + e.getClass().getSimpleName()
                      + "); please report it with the command you ran");
              err.flush();
              return Evaluate.FAULT;
            });
  }

  /** A message on one line, so each problem is one line of standard error. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
