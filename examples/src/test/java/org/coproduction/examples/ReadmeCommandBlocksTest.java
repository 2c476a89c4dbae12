package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.examples.ReadmeBlocks.Block;
import org.coproduction.report.Evaluation;
import org.coproduction.report.EvaluationReport;
import org.coproduction.report.Evaluator;
import org.coproduction.report.ReportFormat;
import org.coproduction.report.actions.ActionPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command in the READMEs' {@code sh} blocks, run as a reader would run it, in the order the
 * README gives them, in a folder holding the files they name ({@link ReadmeWorkspace}).
 *
 * <p>A test cannot start Maven inside Maven, so a {@code ./mvnw ... exec:java} command runs its
 * main class in this JVM with its {@code -Dexec.args}, and {@code java -jar ...-evaluate.jar} and
 * {@code evaluate} run {@code Evaluate} the same way; the Maven words themselves are checked
 * against the POMs ({@link ReadmeBuildCommands}), as are the build, fuzz, benchmark and cluster
 * commands that cannot run here (the README marks those "not run" and says why). Each command must
 * end with the exit code its inputs call for and write what it says; a single report must be the
 * very report the library renders. Every quoted output outside "Reading a report" (which {@link
 * ReadmeWalkthroughTest} checks) must be, line for line, what a command or a reader printed. The
 * Python and R blocks read the tables that commands above them wrote: their file names, columns and
 * codes must be those of the real tables, and each filter must keep some rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeCommandBlocksTest {
  private static final String EVALUATE = "org.coproduction.examples.Evaluate";

  /** The command classes a README command may run, with their in-process entry points. */
  private static final Map<String, Command> COMMANDS =
      Map.of(
          EVALUATE,
          Evaluate::run,
          "org.coproduction.examples.QuestionnaireCommand",
          QuestionnaireCommand::run,
          "org.coproduction.examples.ActionPlanCommand",
          ActionPlanCommand::run);

  /** Options whose value is not a path; every other word that is not an option is a path. */
  private static final Set<String> NOT_PATHS =
      Set.of(
          "-e",
          "--example",
          "-f",
          "--format",
          "-r",
          "--round",
          "-i",
          "--initiative",
          "-k",
          "--kind",
          "--instrument",
          "--clear-by",
          "--due");

  private static final Set<String> OUTPUTS = Set.of("-o", "--output", "--portfolio");

  /**
   * A command's in-process entry point, as {@link Evaluate#run(String[], PrintStream,
   * PrintStream)}.
   */
  interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  /** One command run: what the README wrote, and what it did. */
  record Run(Block block, ReadmeCommandLine line, CommandRun result) {}

  private Path workspace;
  private final List<Run> runs = new ArrayList<>();
  private final List<String> findings = new ArrayList<>();

  /** The blocks this test runs or compares: it fails when one of them is wrong. */
  static List<Block> blocksRun() {
    List<Block> blocks = new ArrayList<>();
    for (Block block : ReadmeBlocks.all()) {
      if (Set.of("sh", "python", "r").contains(block.language()) || isQuotedOutput(block)) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /**
   * A quoted output this test compares: a {@code text} or bare block that is not one of the report
   * excerpts {@link ReadmeWalkthroughTest} compares, nor what a Java block prints ({@link
   * ReadmeJavaBlocksTest}), nor one a test in another module checks.
   */
  private static boolean isQuotedOutput(Block block) {
    return Set.of("text", "").contains(block.language())
        && !ReadmeWalkthroughTest.blocksRun().contains(block)
        && !ReadmeJavaBlocksTest.blocksRun().contains(block)
        && ReadmeCoverageTest.checkedInAnotherModule(block).isEmpty();
  }

  @BeforeAll
  void runEveryCommandInOrder(@TempDir Path dir) throws IOException {
    workspace = dir;
    ReadmeWorkspace.fill(workspace);
    for (Block block : ReadmeBlocks.ofLanguage("sh")) {
      for (ReadmeCommandLine line : ReadmeCommandLine.of(block.text())) {
        for (String finding : check(block, line)) {
          findings.add(block.where() + ": " + line.text() + "\n    " + finding);
        }
      }
    }
  }

  @Test
  void everyCommandRunsAndWritesWhatTheReadmeSays() {
    assertTrue(runs.size() >= 10, "too few commands ran: " + runs.size());
    assertTrue(findings.isEmpty(), String.join("\n", findings));
  }

  @Test
  void everyQuotedOutputIsWhatTheCommandOrReaderPrints() throws IOException {
    List<String> printed = new ArrayList<>();
    for (Run run : runs) {
      printed.add(run.result().err());
      printed.add(run.result().out());
    }
    printed.add(refusal(() -> Documents.read(negativeNoticeInitiative(), Initiative.class)));
    printed.add(refusal(this::readResponseSetsWithABlankComment));
    List<String> wrong = new ArrayList<>();
    for (Block block : blocksRun()) {
      if (isQuotedOutput(block) && printed.stream().noneMatch(p -> quotes(block.text(), p))) {
        wrong.add(block.where() + ": nothing printed exactly\n" + block.text());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /**
   * Whether a quoted block is what a command printed: the whole of it, or an excerpt of it. An
   * excerpt leaves parts out with a line of its own that reads {@code ...}; the parts between must
   * each be printed as they stand, in the order quoted.
   */
  static boolean quotes(String quoted, String printed) {
    int from = 0;
    for (String piece : quoted.split("(?m)^\\.\\.\\.\\R?")) {
      if (piece.isBlank()) {
        continue;
      }
      int found = printed.indexOf(piece, from);
      if (found < 0) {
        return false;
      }
      from = found + piece.length();
    }
    return true;
  }

  @Test
  void thePythonAndRBlocksReadTheTablesTheCommandsWrote() throws IOException {
    List<Block> scripts =
        Stream.concat(
                ReadmeBlocks.ofLanguage("python").stream(), ReadmeBlocks.ofLanguage("r").stream())
            .toList();
    assertEquals(2, scripts.size(), "one Python block and one R block");
    List<String> wrong = new ArrayList<>();
    for (Block script : scripts) {
      wrong.addAll(ReadmeTidyScripts.check(script, workspace));
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theExitCodeTableQuotesWhatTheCommandPrints() throws IOException {
    Map<Integer, List<List<String>>> cases =
        Map.of(
            2,
            List.of(List.of("my.json"), List.of("--output", "no-such-folder/report.md")),
            64,
            List.of(
                List.of("--format"),
                List.of("--formt", "markdown"),
                List.of("--format", "pdf"),
                List.of("--example", "tea-party")));
    String readme = Files.readString(ReadmeBlocks.READMES.get(0), StandardCharsets.UTF_8);
    for (var entry : cases.entrySet()) {
      Matcher row = Pattern.compile("\n\\| " + entry.getKey() + " \\| (.*)\n").matcher(readme);
      assertTrue(row.find(), "the exit-code table has a row for " + entry.getKey());
      List<String> firstLines = new ArrayList<>();
      for (List<String> args : entry.getValue()) {
        CommandRun run = runIn(COMMANDS.get(EVALUATE), args);
        assertEquals(entry.getKey(), run.code(), args + ": " + run.err());
        firstLines.add(run.errLines().get(0));
      }
      Matcher quote = Pattern.compile("`(evaluate: [^`]+)`").matcher(row.group(1));
      int quotes = 0;
      while (quote.find()) {
        quotes++;
        // A quote ending "..." gives the start of the line.
        String quoted = quote.group(1);
        String start = quoted.endsWith("...") ? quoted.substring(0, quoted.length() - 3) : null;
        assertTrue(
            start == null
                ? firstLines.contains(quoted)
                : firstLines.stream().anyMatch(l -> l.startsWith(start)),
            "no run printed " + quoted);
      }
      assertTrue(quotes > 0, "the row for " + entry.getKey() + " quotes what evaluate prints");
      if (entry.getKey() == 64) {
        assertTrue(row.group(1).contains("the message lists the right names"), row.group(1));
        for (String names : List.of("the options are", "the formats are", "the examples are")) {
          assertTrue(firstLines.stream().anyMatch(l -> l.contains(names)), names);
        }
      }
    }
  }

  /** What is wrong with one command, after running it if it can run here. */
  private List<String> check(Block block, ReadmeCommandLine line) throws IOException {
    switch (line.program()) {
      case "./mvnw" -> {
        List<String> wrong = new ArrayList<>(ReadmeBuildCommands.maven(line));
        if (line.words().contains("exec:java")) {
          wrong.addAll(mavenExec(block, line));
        } else if (line.words().contains("verify") && line.after("-f").isEmpty()) {
          if (!ReadmeBuildCommands.ciRunsExactly(line)) {
            wrong.add("the README's test command is not the one .ci/run runs");
          }
        }
        return wrong;
      }
      case "java" -> {
        return line.words().contains("-jar")
            ? runnableJar(block, line)
            : ReadmeBuildCommands.classPathRun(line);
      }
      case "evaluate" -> {
        return run(block, line, EVALUATE, line.arguments());
      }
      case "tools/heap-per-byte.py" -> {
        return ReadmeBuildCommands.heapScript(line);
      }
      case "spark-submit" -> {
        return ReadmeBuildCommands.sparkSubmit(line, projectVersion(), annotationsVersion());
      }
      default -> {
        return List.of("a command this test does not know how to run or check");
      }
    }
  }

  private List<String> mavenExec(Block block, ReadmeCommandLine line) throws IOException {
    List<String> wrong = new ArrayList<>();
    if (!line.after("-pl").equals(Optional.of("examples")) || !line.words().contains("-am")) {
      wrong.add("exec:java runs in the examples module, built with -am");
    }
    if (line.words().indexOf("package") > line.words().indexOf("exec:java")) {
      wrong.add("package must come before exec:java, or there is nothing to run");
    }
    String mainClass =
        line.property("exec.mainClass")
            .orElseGet(
                () -> {
                  Matcher m =
                      Pattern.compile("<exec.mainClass>([^<]+)<")
                          .matcher(ReadmeBuildCommands.read("pom.xml"));
                  return m.find() ? m.group(1) : "";
                });
    if (!COMMANDS.containsKey(mainClass)) {
      wrong.add(mainClass + " is not one of the commands " + COMMANDS.keySet());
      return wrong;
    }
    List<String> args = ReadmeCommandLine.split(line.property("exec.args").orElse(""));
    wrong.addAll(run(block, line, mainClass, args));
    return wrong;
  }

  private List<String> runnableJar(Block block, ReadmeCommandLine line) throws IOException {
    List<String> wrong = new ArrayList<>();
    List<String> words = line.arguments();
    int jarAt = words.indexOf("-jar") + 1;
    String jar = words.get(jarAt);
    String examplesPom = ReadmeBuildCommands.read("examples/pom.xml");
    if (!jar.equals("coproduction-examples-" + projectVersion() + "-evaluate.jar")
        && !jar.equals("coproduction-examples-<version>-evaluate.jar")) {
      wrong.add(jar + " is not the runnable jar of version " + projectVersion());
    }
    if (!examplesPom.contains("<shadedClassifierName>evaluate</shadedClassifierName>")
        || !examplesPom.contains("<mainClass>" + EVALUATE + "</mainClass>")) {
      wrong.add(
          "examples/pom.xml does not build the -evaluate jar with Evaluate as its main class");
    }
    String aot =
        ReadmeBuildCommands.read(
            "benchmarks/src/main/java/org/coproduction/benchmarks/Jdk25AotCache.java");
    for (String option : words.subList(0, jarAt - 1)) {
      String name = option.substring(0, option.indexOf('=') + 1);
      if (!name.startsWith("-XX:AOTCache") || !aot.contains("\"" + name + "\"")) {
        wrong.add(option + " is not a JVM option the JDK 25 benchmark (Jdk25AotCache) uses");
      }
    }
    wrong.addAll(run(block, line, EVALUATE, words.subList(jarAt + 1, words.size())));
    return wrong;
  }

  /** Runs a command with paths taken from the workspace, and checks what it did. */
  private List<String> run(Block block, ReadmeCommandLine line, String mainClass, List<String> args)
      throws IOException {
    CommandRun result = runIn(COMMANDS.get(mainClass), args);
    runs.add(new Run(block, line, result));
    List<String> wrong = new ArrayList<>();
    boolean flawed = args.stream().anyMatch(ReadmeWorkspace.FLAWED::contains);
    int expected = flawed ? 2 : 0;
    if (result.code() != expected) {
      return List.of("exit code " + result.code() + ", not " + expected + ": " + result.err());
    }
    if (!flawed && !result.err().isEmpty()) {
      wrong.add("printed on standard error: " + result.err());
    }
    if (line.redirect().isPresent()) {
      Files.writeString(workspace.resolve(line.redirect().get()), result.out());
    }
    boolean written = line.redirect().isPresent();
    for (int i = 0; i < args.size() - 1; i++) {
      if (OUTPUTS.contains(args.get(i)) || args.get(i).equals("--output-dir")) {
        written = true;
        Path file = workspace.resolve(args.get(i + 1));
        if (!Files.exists(file)) {
          wrong.add(args.get(i + 1) + " was not written");
        }
      }
    }
    if (!written && result.out().isEmpty()) {
      wrong.add("printed nothing");
    }
    if (wrong.isEmpty() && mainClass.equals(EVALUATE)) {
      wrong.addAll(EvaluateOutputs.check(workspace, args, line.redirect(), result));
    }
    if (wrong.isEmpty() && mainClass.endsWith("ActionPlanCommand")) {
      String plan = Files.readString(workspace.resolve(argAfter(args, "--output")));
      String round = argAfter(args, "--round");
      if (!Documents.write(Documents.read(plan, ActionPlan.class)).contains('"' + round + '"')) {
        wrong.add("the plan does not answer the round " + round);
      }
    }
    if (wrong.isEmpty() && mainClass.endsWith("QuestionnaireCommand")) {
      String form = Files.readString(workspace.resolve(argAfter(args, "--output")));
      if (!form.startsWith("<!DOCTYPE html>") || !form.contains(argAfter(args, "--initiative"))) {
        wrong.add("the form is not a page about " + argAfter(args, "--initiative"));
      }
    }
    return wrong;
  }

  private static String argAfter(List<String> args, String option) {
    return args.get(args.indexOf(option) + 1);
  }

  /**
   * Runs a command as if in the workspace: relative paths are resolved in it, and the workspace's
   * own path is taken out of what the command prints, so messages name files as the reader typed
   * them.
   */
  private CommandRun runIn(Command command, List<String> args) {
    List<String> absolute = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      boolean path = !arg.startsWith("-") && (i == 0 || !NOT_PATHS.contains(args.get(i - 1)));
      absolute.add(path ? workspace.resolve(arg).toString() + (arg.endsWith("/") ? "/" : "") : arg);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        command.run(
            absolute.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String here = workspace.toString() + "/";
    return new CommandRun(
        code,
        out.toString(StandardCharsets.UTF_8).replace(here, ""),
        err.toString(StandardCharsets.UTF_8).replace(here, ""));
  }

  private static String negativeNoticeInitiative() {
    return ReadmeWorkspace.initiativeWithNegativeNotice(Examples.load("care-leavers"));
  }

  /** Four response sets one a line, the third answer of the fourth with a blank comment. */
  private void readResponseSetsWithABlankComment() {
    List<ResponseSet> sets = Examples.load("care-leavers").responses();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      String json = Documents.write(sets.get(i)).replaceAll("\\s*\\n\\s*", " ");
      if (i == 3) {
        int answer = json.indexOf("\"answers\"");
        for (int n = 0; n < 3; n++) {
          answer = json.indexOf('{', answer + 1);
        }
        json = json.substring(0, answer + 1) + " \"comment\" : \" \"," + json.substring(answer + 1);
      }
      lines.append(json).append('\n');
    }
    try (Stream<ResponseSet> read =
        Documents.readAll(new StringReader(lines.toString()), ResponseSet.class)) {
      read.forEach(set -> {});
    }
  }

  /** The message a reader's refusal gives, with a line break after it as a block has. */
  private static String refusal(Runnable read) {
    try {
      read.run();
    } catch (CoProductionException e) {
      return e.getMessage() + "\n";
    }
    return "(nothing was refused)";
  }

  private static String projectVersion() {
    Matcher m =
        Pattern.compile("<artifactId>coproduction-parent</artifactId>\\s*<version>([^<]+)<")
            .matcher(ReadmeBuildCommands.read("pom.xml"));
    assertTrue(m.find());
    return m.group(1);
  }

  /** The annotations version the README's Maven entry for Jackson 2 applications names. */
  private static String annotationsVersion() {
    Matcher m =
        Pattern.compile("<artifactId>jackson-annotations</artifactId>\\s*<version>([^<]+)<")
            .matcher(ReadmeBuildCommands.read("README.md"));
    assertTrue(m.find());
    return m.group(1);
  }

  /** The report of one evaluation in one format, as the library renders it. */
  static String rendered(Evaluation evaluation, String format) {
    EvaluationReport report = Evaluator.evaluate(evaluation);
    return ReportFormat.byName(format).orElseThrow().render(report, evaluation.checklistInUse());
  }
}
