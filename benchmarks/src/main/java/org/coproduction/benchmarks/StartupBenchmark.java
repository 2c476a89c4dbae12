package org.coproduction.benchmarks;

import java.io.File;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wall time of a whole {@code evaluate} run on the bundled example, against a JVM that only
 * prints hello: each operation starts a fresh {@code java} process, with the same JVM and the same
 * class path (this module's shaded jar), and waits for it to exit. The command is run through its
 * main class and nothing else, with no arguments, which scores the first bundled example; set the
 * {@code evaluateArgs} parameter (space-separated) to pass others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
public class StartupBenchmark {
  /** The command's main class. */
  public static final String EVALUATE = "org.coproduction.examples.Evaluate";

  /** Arguments for the command, separated by spaces; empty for none. */
  @Param({""})
  public String evaluateArgs;

  private String launcher;
  private String classPath;

  /** Finds the {@code java} launcher and the class path of this JVM. */
  @Setup(Level.Trial)
  public void setUp() {
    launcher = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    classPath = System.getProperty("java.class.path");
    if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
      throw new IllegalStateException(
          "run this from the shaded jar (benchmarks/target/benchmarks.jar), not from " + classPath);
    }
    System.out.printf(
        "%n[startup] %s -cp %s <main class>%n", launcher, Path.of(classPath).toAbsolutePath());
  }

  private int run(String mainClass, String args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher, "-cp", classPath, mainClass));
    if (!args.isBlank()) {
      command.addAll(List.of(args.trim().split("\\s+")));
    }
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
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
    return run(Hello.class.getName(), "");
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
    return run(EVALUATE, evaluateArgs);
  }
}
