package org.coproduction.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the {@code evaluate} command: its exit code and what it wrote.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int code, String out, String err) {
  /** Runs the command with these arguments, capturing both streams as UTF-8. */
  static CommandRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Evaluate.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The lines written to standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /**
   * Standard output with every run of spaces and line breaks made one space, so wrapped text reads
   * as written.
   */
  String flatOut() {
    return out.replaceAll("\\s+", " ");
  }
}
