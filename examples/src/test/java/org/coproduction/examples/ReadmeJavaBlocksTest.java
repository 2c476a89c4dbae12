package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.LocaleTexts;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.report.Evaluation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code java} block of the READMEs, so a change that makes one wrong fails
 * the build. Blocks marked {@code <!-- not run: reason -->} are left out (see {@link
 * ReadmeBlocks}).
 *
 * <p>How a block becomes a program:
 *
 * <ul>
 *   <li><b>Imports.</b> A block names every library type it uses in its own {@code import} lines at
 *       its top, as a reader copies them. Only {@code java.io}, {@code java.nio.file}, {@code
 *       java.util} and {@code java.util.stream} are imported for it ({@code import ...*}), and
 *       nothing of the library, so a missing or ambiguous import fails here as it would for a
 *       reader.
 *   <li><b>Statements.</b> The lines after the imports are the body of a {@code main} method that
 *       may throw any exception.
 *   <li><b>What the README takes as given.</b> A name a block uses without declaring it (such as
 *       {@code evaluation}, {@code initiative} or {@code dir}) is declared before the block, from
 *       the bundled examples: see {@link #GIVEN}. A declaration whose value is written {@code ...},
 *       as in {@code List<ResponseSet> raters = ...;}, gets the given value of that name.
 *   <li><b>Files.</b> The program runs in a new JVM, on the test's own module path with the
 *       examples module (and so every library module) resolved, in a fresh folder holding the files
 *       the blocks read by relative name: {@code initiative.json} (the care leavers example's
 *       initiative), {@code national.jsonl} (every bundled example's response sets, one a line),
 *       {@code surveymonkey.csv} and {@code surveymonkey-mapping.json} (the bundled SurveyMonkey
 *       sample and its mapping), {@code cy.txt} (a locale file with every item's two texts, written
 *       by {@link LocaleTexts#template}: the texts are the English ones, since the test checks that
 *       the derivation runs, not a translation) and {@code embedding/} (a folder with an example's
 *       {@code initiative.json} and {@code answers/}, as the embedding example expects).
 *   <li><b>Printed output.</b> A comment line of its own right after a line that prints ({@code
 *       System.out.println(...)} or {@code out.println(...)}) is what that line prints. When the
 *       paragraph after a block says it "prints" and is followed by a block with no language, that
 *       block's lines are printed too. All these lines must appear in the program's output, in
 *       order (other lines may come between them).
 * </ul>
 *
 * <p>A failure names the README and line of the block, with the compiler's message and the line it
 * points to, or the program's output.
 */
class ReadmeJavaBlocksTest {
  /** The JDK packages every block may use without importing them. */
  private static final String JDK_IMPORTS =
      "import java.io.*; import java.nio.file.*; import java.util.*; import java.util.stream.*;";

  private static final String EXAMPLES = "org.coproduction.examples.Examples";

  /**
   * What the README takes as given, by name: a declaration with fully qualified names, so it needs
   * no import and cannot clash with a block's own.
   */
  static final Map<String, String> GIVEN = givens();

  private static Map<String, String> givens() {
    Map<String, String> given = new LinkedHashMap<>();
    String careLeavers = EXAMPLES + ".load(\"care-leavers\")";
    given.put("evaluation", "org.coproduction.report.Evaluation evaluation = " + careLeavers + ";");
    given.put(
        "evaluations",
        "java.util.List<org.coproduction.report.Evaluation> evaluations = "
            + EXAMPLES
            + ".names().stream().map("
            + EXAMPLES
            + "::load).toList();");
    given.put(
        "initiative",
        "org.coproduction.core.initiative.Initiative initiative ="
            + " org.coproduction.core.Documents.read(java.nio.file.Path.of(\"initiative.json\"),"
            + " org.coproduction.core.initiative.Initiative.class);");
    given.put(
        "ledger",
        "org.coproduction.core.ledger.ReciprocityLedger ledger = "
            + careLeavers
            + ".ledger().orElseThrow();");
    given.put(
        "json",
        "String json = org.coproduction.core.Documents.write(" + careLeavers + ".initiative());");
    given.put("dir", "java.nio.file.Path dir = java.nio.file.Path.of(\"embedding\");");
    given.put("out", "java.io.PrintStream out = System.out;");
    // One rater's answers each, all from the care leavers example's one review round.
    given.put(
        "raters",
        "java.util.List<org.coproduction.checklist.ResponseSet> raters = "
            + careLeavers
            + ".responses();");
    given.put(
        "answers",
        "java.util.List<org.coproduction.checklist.ResponseSet> answers = "
            + careLeavers
            + ".responses();");
    // The opportunities fair has two review rounds.
    String fairRounds =
        "org.coproduction.report.Evaluator.evaluate(" + EXAMPLES + ".load(\"opportunities-fair\"))";
    given.put(
        "firstRoundReport",
        "org.coproduction.scoring.ScoreReport firstRoundReport = "
            + fairRounds
            + ".rounds().get(0);");
    given.put(
        "secondRoundReport",
        "org.coproduction.scoring.ScoreReport secondRoundReport = "
            + fairRounds
            + ".rounds().get(1);");
    return given;
  }

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+[\\w.]+(\\.\\*)?;\\s*$");
  // A declaration: a type (maybe generic or an array), then the name, then =, : or ;.
  private static final Pattern DECLARED =
      Pattern.compile("(?:[\\w>\\]])\\s+([a-z]\\w*)\\s*(?:=(?!=)|:|;|\\))");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("^(\\s*[\\w<>, \\[\\]]+\\s+([a-z]\\w*)\\s*=\\s*)\\.\\.\\.\\s*;");
  private static final Pattern PRINTS = Pattern.compile("\\b(System\\.)?out\\.println\\(");
  private static final Pattern QUOTED = Pattern.compile("^\\s*//\\s?(.*)$");

  @TempDir static Path work;

  /** The java blocks this test compiles and runs, and the printed output blocks it compares. */
  static List<ReadmeBlocks.Block> blocksRun() {
    List<ReadmeBlocks.Block> blocks = new java.util.ArrayList<>(runnable());
    runnable().forEach(b -> printedBlockAfter(b).ifPresent(blocks::add));
    return blocks;
  }

  private static List<ReadmeBlocks.Block> runnable() {
    return ReadmeBlocks.ofLanguage("java").stream().filter(b -> b.notRun().isEmpty()).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndPrintsWhatTheReadmeSays() throws IOException {
    Path files = Files.createDirectories(work.resolve("files"));
    writeFiles(files);
    List<ReadmeBlocks.Block> blocks = runnable();
    assertFalse(blocks.isEmpty(), "no java blocks found");
    return blocks.stream()
        .map(b -> DynamicTest.dynamicTest(b.where(), () -> compileAndRun(b, files)));
  }

  private static void compileAndRun(ReadmeBlocks.Block block, Path files) throws Exception {
    String className = "ReadmeBlockAtLine" + block.line();
    String source = program(block, className);
    Path classes = Files.createDirectories(work.resolve("classes-" + block.line()));
    compile(block, className, source, classes);
    String output = run(block, className, classes, files);
    List<Expected> expected = expectedOutput(block);
    int at = 0;
    List<String> lines = output.lines().toList();
    for (Expected e : expected) {
      while (at < lines.size() && !lines.get(at).equals(e.text)) {
        at++;
      }
      if (at == lines.size()) {
        fail(
            block.where()
                + ": README line "
                + e.readmeLine
                + " says it prints\n"
                + e.text
                + "\nbut (in this order) the block printed:\n"
                + output);
      }
      at++;
    }
  }

  /** The block as a class with a {@code main} method, each block line on its own source line. */
  static String program(ReadmeBlocks.Block block, String className) {
    List<String> lines = block.text().lines().toList();
    Set<String> declared = new LinkedHashSet<>();
    int firstStatement = 0;
    while (firstStatement < lines.size()
        && (lines.get(firstStatement).isBlank()
            || IMPORT.matcher(lines.get(firstStatement)).matches())) {
      firstStatement++;
    }
    StringBuilder body = new StringBuilder();
    for (int i = firstStatement; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher placeholder = PLACEHOLDER.matcher(line);
      if (placeholder.find()) {
        String name = placeholder.group(2);
        String given = GIVEN.get(name);
        assertTrue(
            given != null,
            block.where() + ": the test gives no value for '" + name + "', written as ...");
        String value = given.substring(given.indexOf('=') + 1, given.lastIndexOf(';')).strip();
        line = placeholder.group(1) + value + ";" + line.substring(placeholder.end());
      }
      Matcher m = DECLARED.matcher(withoutStringsAndComments(line));
      while (m.find()) {
        declared.add(m.group(1));
      }
      body.append(line).append('\n');
    }
    String code = withoutStringsAndComments(body.toString());
    StringBuilder givens = new StringBuilder();
    GIVEN.forEach(
        (name, declaration) -> {
          if (!declared.contains(name)
              && Pattern.compile("\\b" + name + "\\b").matcher(code).find()) {
            givens.append(declaration).append(' ');
          }
        });
    // Line 1 holds the JDK imports; block line i (from 1) is source line i + 1, so the compiler's
    // line numbers map back to the README.
    StringBuilder source = new StringBuilder(JDK_IMPORTS).append('\n');
    for (int i = 0; i < firstStatement; i++) {
      source.append(lines.get(i)).append('\n');
    }
    String header =
        "public class "
            + className
            + " { public static void main(String[] args) throws Exception { "
            + givens;
    List<String> bodyLines = body.toString().lines().toList();
    for (int i = 0; i < bodyLines.size(); i++) {
      source.append(i == 0 ? header : "").append(bodyLines.get(i)).append('\n');
    }
    if (bodyLines.isEmpty()) {
      source.append(header);
    }
    return source.append("}}\n").toString();
  }

  private static String withoutStringsAndComments(String code) {
    return code.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", "");
  }

  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^.*\\.java:(\\d+): (error|warning): (.*)$");

  private static void compile(
      ReadmeBlocks.Block block, String className, String source, Path classes) throws IOException {
    // javac through java.util.spi.ToolProvider, in this JVM: the test module reads java.base only.
    ToolProvider javac =
        ToolProvider.findFirst("javac")
            .orElseThrow(() -> new AssertionError("no javac in this JDK"));
    Path sourceFile = classes.resolve(className + ".java");
    Files.writeString(sourceFile, source);
    List<String> options = new ArrayList<>(launchOptions());
    options.addAll(
        List.of("-d", classes.toString(), "-proc:none", "-Xlint:all", "-encoding", "UTF-8"));
    options.add(sourceFile.toString());
    StringWriter messages = new StringWriter();
    int exit;
    try (PrintWriter printer = new PrintWriter(messages)) {
      exit = javac.run(printer, printer, options.toArray(String[]::new));
    }
    List<String> sourceLines = source.lines().toList();
    StringBuilder report = new StringBuilder();
    for (String message : messages.toString().lines().toList()) {
      Matcher d = DIAGNOSTIC.matcher(message);
      if (d.matches()) {
        int line = Integer.parseInt(d.group(1));
        report
            .append(block.file().getFileName())
            .append(" line ")
            .append(block.line() + line - 1)
            .append(": ")
            .append(d.group(2))
            .append(": ")
            .append(d.group(3))
            .append('\n');
        if (line >= 1 && line <= sourceLines.size()) {
          report.append("    ").append(sourceLines.get(line - 1).strip()).append('\n');
        }
      }
    }
    if (exit != 0 || report.length() > 0) {
      fail(
          "the java block at "
              + block.where()
              + " does not compile cleanly:\n"
              + report
              + "\njavac said:\n"
              + messages
              + "\nas compiled:\n"
              + source);
    }
  }

  /** The test JVM's module path, with the examples module and so every library module resolved. */
  private static List<String> launchOptions() {
    String modulePath = System.getProperty("jdk.module.path");
    assertTrue(
        modulePath != null && !modulePath.isEmpty(),
        "surefire runs this module's tests on the module path; jdk.module.path is not set");
    return List.of("--module-path", modulePath, "--add-modules", "org.coproduction.examples");
  }

  private static String run(ReadmeBlocks.Block block, String className, Path classes, Path files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launchOptions());
    // The blocks run for a second or two each: compiling less pays for itself.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(List.of("-cp", classes.toString(), className));
    Path log = classes.resolve("output.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(files.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(block.where() + ": the block did not finish within 120 s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(
        0,
        process.exitValue(),
        block.where() + ": the block failed when run; it printed:\n" + output);
    return output;
  }

  private record Expected(int readmeLine, String text) {}

  /** What the README says the block prints, in order, with the README line that says it. */
  static List<Expected> expectedOutput(ReadmeBlocks.Block block) {
    List<Expected> expected = new ArrayList<>();
    List<String> lines = block.text().lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      Matcher quoted = QUOTED.matcher(lines.get(i));
      if (quoted.matches() && PRINTS.matcher(lines.get(i - 1)).find()) {
        expected.add(new Expected(block.line() + 1 + i, quoted.group(1)));
      }
    }
    printedBlockAfter(block)
        .ifPresent(
            after -> {
              List<String> printed = after.text().lines().toList();
              for (int i = 0; i < printed.size(); i++) {
                expected.add(new Expected(after.line() + 1 + i, printed.get(i)));
              }
            });
    return expected;
  }

  /**
   * The block with no language that the paragraph after a block says the block prints; this test
   * compares it with the output, so a coverage check can count it as run.
   */
  static Optional<ReadmeBlocks.Block> printedBlockAfter(ReadmeBlocks.Block block) {
    List<ReadmeBlocks.Block> all = ReadmeBlocks.in(block.file());
    int index = all.indexOf(block);
    if (index < 0 || index + 1 >= all.size()) {
      return Optional.empty();
    }
    ReadmeBlocks.Block next = all.get(index + 1);
    if (!next.language().isEmpty()) {
      return Optional.empty();
    }
    List<String> readme;
    try {
      readme = Files.readAllLines(block.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int end = block.line() + (int) block.text().lines().count() + 1; // the closing fence, 1-based
    String between = String.join("\n", readme.subList(end, next.line() - 1));
    return between.contains("prints") ? Optional.of(next) : Optional.empty();
  }

  /** The files the blocks read by relative name (see the class comment). */
  private static void writeFiles(Path files) throws IOException {
    Evaluation careLeavers = Examples.load("care-leavers");
    Files.writeString(files.resolve("initiative.json"), Documents.write(careLeavers.initiative()));
    List<ResponseSet> national = new ArrayList<>();
    for (String name : Examples.names()) {
      national.addAll(Examples.load(name).responses());
    }
    try (var out = Files.newBufferedWriter(files.resolve("national.jsonl"))) {
      Documents.writeLines(national, out);
    }
    try (InputStream export = Examples.openSurveyToolExport("surveymonkey")) {
      Files.write(files.resolve("surveymonkey.csv"), export.readAllBytes());
    }
    Files.writeString(
        files.resolve("surveymonkey-mapping.json"),
        Documents.write(Examples.surveyToolMapping("surveymonkey")));
    Files.writeString(files.resolve("cy.txt"), LocaleTexts.template(BuiltInChecklist.get()));
    Evaluation embedded = Examples.load("practising-what-they-preach");
    Path embedding = Files.createDirectories(files.resolve("embedding").resolve("answers"));
    Files.writeString(
        embedding.getParent().resolve("initiative.json"), Documents.write(embedded.initiative()));
    for (ResponseSet answers : embedded.responses()) {
      Files.writeString(embedding.resolve(answers.id() + ".json"), Documents.write(answers));
    }
  }

  @Test
  void aBlockIsCompiledWithItsReadmeLineNumbers() {
    ReadmeBlocks.Block block =
        new ReadmeBlocks.Block(
            Path.of("README.md"),
            100,
            "java",
            "import org.coproduction.core.Documents;\n\nString json = Documents.write(x);\n",
            Optional.empty());
    List<String> source = program(block, "A").lines().toList();
    // README line 103 (block line 3) is source line 4.
    assertTrue(source.get(3).endsWith("String json = Documents.write(x);"), source.get(3));
    assertEquals("import org.coproduction.core.Documents;", source.get(1));
  }

  @Test
  void aNameTheBlockUsesButDoesNotDeclareIsGivenAndAPlaceholderTakesItsValue() {
    ReadmeBlocks.Block block =
        new ReadmeBlocks.Block(
            Path.of("README.md"),
            1,
            "java",
            "List<ResponseSet> raters = ...;   // everyone's answers\n"
                + "Initiative copy = initiative;\n"
                + "String evaluation = \"not the given one\";\n",
            Optional.empty());
    String source = program(block, "A");
    assertTrue(source.contains("raters = " + EXAMPLES + ".load(\"care-leavers\").responses();"));
    assertTrue(source.contains(GIVEN.get("initiative")), source);
    assertFalse(source.contains(GIVEN.get("evaluation")), source);
  }

  @Test
  void aCommentAfterAPrintIsWhatItPrints() {
    ReadmeBlocks.Block block =
        new ReadmeBlocks.Block(
            Path.of("README.md"),
            10,
            "java",
            "System.out.println(a);\n// 65.3, on the way\nint b = 2;\n// not printed\n",
            Optional.empty());
    assertEquals(List.of(new Expected(12, "65.3, on the way")), expectedOutput(block));
  }
}
