package org.coproduction.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What users on JDK 25 get from its ahead-of-time cache (JEP 483 and JEP 514): the {@code evaluate}
 * command on the bundled example started by a JDK 25 {@code java}, without and with a cache made
 * once in set-up by a training run ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}), beside
 * the same JDK's Jackson-only JVM. The library itself targets Java 17; only the child processes run
 * on JDK 25, whose launcher is the {@code java25} parameter.
 *
 * <p>Not in {@code Summary}'s default run, because it needs a JDK 25: run it by name, {@code java
 * -jar benchmarks.jar Jdk25AotCache -p java25=/path/to/jdk-25/bin/java}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class Jdk25AotCache {
  /** The JDK 25 {@code java} launcher; the default is where this project's build machine has it. */
  @Param({"/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"})
  public String java25;

  private Path dir;
  private Path cache;

  /**
   * Makes the cache with one training run of the command.
   *
   * @throws IOException when the cache cannot be made
   * @throws InterruptedException when interrupted while waiting
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(java25))) {
      throw new IllegalStateException("no JDK 25 java at " + java25 + "; give it with -p java25=");
    }
    dir = Files.createTempDirectory("coproduction-bench-aot");
    cache = dir.resolve("evaluate.aot");
    ChildJava.run(
        java25, List.of("-XX:AOTCacheOutput=" + cache), StartupBenchmark.EVALUATE, List.of());
    if (!Files.exists(cache)) {
      throw new IllegalStateException("the JVM made no ahead-of-time cache at " + cache);
    }
  }

  /**
   * Deletes the cache.
   *
   * @throws IOException when it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteCache() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /**
   * A JDK 25 JVM that only starts Jackson.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int jacksonHello() throws IOException, InterruptedException {
    return ChildJava.run(java25, List.of(), JacksonHello.class.getName(), List.of());
  }

  /**
   * The command on JDK 25 without the cache.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int evaluate() throws IOException, InterruptedException {
    return ChildJava.run(java25, List.of(), StartupBenchmark.EVALUATE, List.of());
  }

  /**
   * The command on JDK 25 with the cache.
   *
   * @return the exit code
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  @Benchmark
  public int evaluateWithAotCache() throws IOException, InterruptedException {
    return ChildJava.run(
        java25, List.of("-XX:AOTCache=" + cache), StartupBenchmark.EVALUATE, List.of());
  }
}
