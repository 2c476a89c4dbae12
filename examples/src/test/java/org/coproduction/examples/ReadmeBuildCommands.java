package org.coproduction.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of the README's commands that build, fuzz, measure or submit rather than run a command of
 * the library: a test cannot run Maven inside Maven, nor Spark on a cluster, nor Python. Each is
 * checked against what it names: the modules, profiles, plugins (at their pinned versions), tests,
 * classes and files must exist, and a command the README says CI runs must be one that {@code
 * .ci/run} runs, word for word with at most more options.
 */
final class ReadmeBuildCommands {
  /** Goals whose commands the README says CI runs. */
  private static final List<String> CI_GOALS = List.of("verify", "install", "aggregate");

  /** The plugin behind each goal prefix the README uses. */
  private static final Map<String, String> PLUGINS =
      Map.of(
          "exec", "exec-maven-plugin",
          "dependency", "maven-dependency-plugin",
          "javadoc", "maven-javadoc-plugin");

  private static final List<String> LIFECYCLE =
      List.of("clean", "compile", "test-compile", "test", "package", "verify", "install");

  private ReadmeBuildCommands() {}

  /** What is wrong with a {@code ./mvnw} command, one finding a line; empty when it is right. */
  static List<String> maven(ReadmeCommandLine command) {
    List<String> wrong = new ArrayList<>();
    String pom = read("pom.xml");
    List<String> words = command.arguments();
    List<String> modules = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      switch (word) {
        case "-pl" -> {
          for (String module : next.split(",")) {
            modules.add(module);
            if (!pom.contains("<module>" + module + "</module>")
                || !Files.isRegularFile(root().resolve(module).resolve("pom.xml"))) {
              wrong.add("-pl names " + module + ", which is not a module of the build");
            }
          }
        }
        case "-P" -> {
          // A profile is the parent's, or one of a module the command builds with -pl.
          boolean known = pom.contains("<id>" + next + "</id>");
          for (String module : modules) {
            Path modulePom = root().resolve(module).resolve("pom.xml");
            known |=
                Files.isRegularFile(modulePom)
                    && read(module + "/pom.xml").contains("<id>" + next + "</id>");
          }
          if (!known) {
            wrong.add(
                "-P names " + next + ", which is not a profile in pom.xml nor in its modules");
          }
        }
        case "-f" -> {
          if (!Files.isRegularFile(root().resolve(next))) {
            wrong.add("-f names " + next + ", which does not exist");
          }
        }
        default -> wrong.addAll(goal(word, pom));
      }
    }
    command
        .property("test")
        .ifPresent(
            test -> {
              if (modules.stream().noneMatch(m -> hasTest(m, test))) {
                wrong.add("-Dtest names " + test + ", which is no test class of " + modules);
              }
            });
    for (String variable : command.environment()) {
      String name = variable.substring(0, variable.indexOf('='));
      if (!pom.contains("<name>env." + name + "</name>")) {
        wrong.add(name + " switches on no profile in pom.xml");
      }
    }
    if (words.stream().anyMatch(CI_GOALS::contains)
        || words.stream().anyMatch(w -> w.endsWith(":aggregate"))) {
      if (!ciRuns(command)) {
        wrong.add("the README says CI runs this, but no line of .ci/run has all its words");
      }
    }
    return wrong;
  }

  /** A goal: a lifecycle phase, {@code prefix:goal} or {@code group:artifact[:version]:goal}. */
  private static List<String> goal(String word, String pom) {
    if (word.startsWith("-") || LIFECYCLE.contains(word) || !word.contains(":")) {
      return List.of();
    }
    String[] parts = word.split(":");
    String artifact;
    String version = null;
    if (parts.length == 2) {
      artifact = PLUGINS.get(parts[0]);
      if (artifact == null) {
        return List.of("no plugin known for the goal " + word);
      }
    } else {
      artifact = parts[1];
      version = parts.length == 4 ? parts[2] : null;
    }
    Matcher pinned =
        Pattern.compile(
                "<artifactId>" + Pattern.quote(artifact) + "</artifactId>\\s*<version>([^<]+)<")
            .matcher(pom);
    if (!pinned.find()) {
      return List.of(word + ": pom.xml pins no " + artifact);
    }
    if (version != null && !version.equals(pinned.group(1))) {
      return List.of(word + ": pom.xml pins " + artifact + " at " + pinned.group(1));
    }
    return List.of();
  }

  private static boolean hasTest(String module, String test) {
    Path tests = root().resolve(module).resolve("src/test/java");
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(tests)) {
      return files.anyMatch(f -> f.getFileName().toString().equals(test + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a {@code ./mvnw} line of {@code .ci/run} has every word of the command: CI may add
   * options (to skip what it already did), never leave one out.
   */
  static boolean ciRuns(ReadmeCommandLine command) {
    String ci = read(".ci/run");
    Matcher repo = Pattern.compile("\nrepo=\\((.*)\\)\n").matcher(ci);
    String expanded = repo.find() ? ci.replace("\"${repo[@]}\"", repo.group(1)) : ci;
    return expanded
        .lines()
        .filter(line -> line.startsWith("./mvnw "))
        .map(ReadmeCommandLine::split)
        .anyMatch(line -> line.containsAll(command.words()));
  }

  /** The exact line {@code .ci/run} runs the tests with. */
  static boolean ciRunsExactly(ReadmeCommandLine command) {
    return read(".ci/run").lines().anyMatch(line -> line.equals(command.text()));
  }

  /** What is wrong with a {@code tools/heap-per-byte.py} command. */
  static List<String> heapScript(ReadmeCommandLine command) {
    List<String> wrong = new ArrayList<>();
    Path script = root().resolve(command.program());
    if (!Files.isExecutable(script)) {
      return List.of(command.program() + " is not an executable file");
    }
    List<String> args = command.arguments();
    if (args.isEmpty() || !args.get(0).matches("(evaluation|initiative)(-compact)?")) {
      wrong.add("the kind must be evaluation or initiative, with or without -compact: " + args);
    }
    for (String size : args.subList(Math.min(1, args.size()), args.size())) {
      if (!size.matches("\\d+(\\.\\d+)?") || Double.parseDouble(size) > 16) {
        wrong.add("a size is a number of MiB up to the 16 MiB limit, not " + size);
      }
    }
    String text = read(command.program());
    String pom = read("pom.xml");
    for (String property : List.of("jackson.version", "picocli.version")) {
      Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)<").matcher(pom);
      if (m.find() && !text.contains("-" + m.group(1) + ".jar")) {
        wrong.add(
            command.program()
                + " puts no jar of "
                + property
                + " "
                + m.group(1)
                + " on its class path");
      }
    }
    return wrong;
  }

  /** What is wrong with the README's {@code java -cp JAR CLASS} command. */
  static List<String> classPathRun(ReadmeCommandLine command) {
    List<String> wrong = new ArrayList<>();
    String jar = command.after("-cp").orElse("");
    Matcher m = Pattern.compile("([a-z]+)/target/([a-z-]+)\\.jar").matcher(jar);
    if (!m.matches()) {
      return List.of("-cp names no module's jar: " + jar);
    }
    if (!read(m.group(1) + "/pom.xml").contains("<finalName>" + m.group(2) + "</finalName>")) {
      wrong.add(m.group(1) + "/pom.xml does not name its jar " + m.group(2));
    }
    String mainClass = command.arguments().get(command.arguments().indexOf("-cp") + 2);
    if (!hasClass(m.group(1), mainClass)) {
      wrong.add(mainClass + " is not a class of the module " + m.group(1));
    }
    return wrong;
  }

  /** What is wrong with the README's {@code spark-submit} command. */
  static List<String> sparkSubmit(ReadmeCommandLine command, String version, String annotations) {
    List<String> wrong = new ArrayList<>();
    String mainClass = command.after("--class").orElse("");
    if (!hasClass("spark", mainClass)) {
      wrong.add("--class " + mainClass + " is not a class of the spark module");
    }
    if (!command.words().contains("spark/target/coproduction-spark-" + version + ".jar")) {
      wrong.add("the job's jar is not spark/target/coproduction-spark-" + version + ".jar");
    }
    String jar = "jackson-annotations-" + annotations + ".jar";
    if (!command.words().contains(jar)
        || !command.words().contains("spark.executor.extraClassPath=" + jar)) {
      wrong.add("the driver and executors do not both get " + jar);
    }
    return wrong;
  }

  static boolean hasClass(String module, String className) {
    return Files.isRegularFile(
        root()
            .resolve(module)
            .resolve("src/main/java")
            .resolve(className.replace('.', '/') + ".java"));
  }

  /** The project's folder, seen from the examples module. */
  static Path root() {
    return Path.of("..");
  }

  static String read(String path) {
    try {
      return Files.readString(root().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
