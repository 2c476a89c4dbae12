package org.coproduction.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wall time of a whole {@code evaluate} run on the bundled example, against a JVM that only
 * prints hello: each operation starts a fresh {@code java} process, with the same JVM and the same
 * class path (this module's shaded jar), and waits for it to exit. The command is run through its
 * main class and nothing else, with no arguments, which scores the first bundled example; set the
 * {@code evaluateArgs} parameter (space-separated) to pass others.
 *
 * <p>{@code evaluateAppCds} runs the same command with an application class-data sharing archive
 * made once in set-up ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}): a JVM
 * option a user can choose, measured to show how much of the start-up is class loading. {@code
 * evaluateShortRun} adds the two other flags that suit a command that runs for under a second (C1
 * only, serial GC).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class StartupBenchmark {
  /** The command's main class. */
  public static final String EVALUATE = "org.coproduction.examples.Evaluate";

  /** Arguments for the command, separated by spaces; empty for none. */
  @Param({""})
  public String evaluateArgs;

  private String launcher;
  private String classPath;
  private Path archive;

  /**
   * Finds the {@code java} launcher and the class path of this JVM, and makes the class-data
   * sharing archive for {@link #evaluateAppCds()} by running the command once.
   *
   * @throws IOException when the archive cannot be made
   * @throws InterruptedException when interrupted while waiting
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    launcher = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    classPath = System.getProperty("java.class.path");
    if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
      throw new IllegalStateException(
          "run this from the shaded jar (benchmarks/target/benchmarks.jar), not from " + classPath);
    }
    System.out.printf(
        "%n[startup] %s -cp %s <main class>%n", launcher, Path.of(classPath).toAbsolutePath());
    Path dir = Files.createTempDirectory("coproduction-bench-cds");
    archive = dir.resolve("evaluate.jsa");
    // The JVM warns about each class it cannot archive; those warnings are not errors.
    run(List.of("-XX:ArchiveClassesAtExit=" + archive), EVALUATE, evaluateArgs, true);
    if (!Files.exists(archive)) {
      throw new IllegalStateException("the JVM made no class-data archive at " + archive);
    }
  }

  /**
   * Deletes the archive.
   *
   * @throws IOException when it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteArchive() throws IOException {
    Files.deleteIfExists(archive);
    Files.deleteIfExists(archive.getParent());
  }

  private int run(List<String> options, String mainClass, String args)
      throws IOException, InterruptedException {
    return run(options, mainClass, args, false);
  }

  private int run(List<String> options, String mainClass, String args, boolean quiet)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(options);
    command.addAll(List.of("-cp", classPath, mainClass));
    if (!args.isBlank()) {
      command.addAll(List.of(args.trim().split("\\s+")));
    }
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(
                quiet ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.INHERIT)
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
    return exit;
  }

  /**
   * Starts a JVM that prints hello and waits for it.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int helloJvm() throws IOException, InterruptedException {
    return run(List.of(), Hello.class.getName(), "");
  }

  /**
   * Starts a JVM that builds a default Jackson mapper, reads a tiny JSON document and prints it:
   * the start-up cost every Jackson-based command pays before doing any work of its own.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int jacksonHelloJvm() throws IOException, InterruptedException {
    return run(List.of(), JacksonHello.class.getName(), "");
  }

  /**
   * Starts the {@code evaluate} command and waits for it.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int evaluate() throws IOException, InterruptedException {
    return run(List.of(), EVALUATE, evaluateArgs);
  }

  /**
   * Starts the {@code evaluate} command with the class-data sharing archive and waits for it.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int evaluateAppCds() throws IOException, InterruptedException {
    return run(List.of("-XX:SharedArchiveFile=" + archive), EVALUATE, evaluateArgs);
  }

  /**
   * Starts the {@code evaluate} command with the archive and the flags a short-lived command can
   * use: C1 compilation only ({@code -XX:TieredStopAtLevel=1}, which skips the optimising compiler
   * that a run of well under a second never profits from) and the serial collector (no GC worker
   * threads to start). This is the best a plain JVM launch of the command reaches without changing
   * the code.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int evaluateShortRun() throws IOException, InterruptedException {
    return run(
        List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        EVALUATE,
        evaluateArgs);
  }
}
