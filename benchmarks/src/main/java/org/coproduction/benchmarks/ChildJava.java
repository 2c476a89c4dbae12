package org.coproduction.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@code java} process with this module's shaded jar as its whole class path and waits for
 * it, for the cases that time a whole command from start to exit.
 */
final class ChildJava {
  private ChildJava() {}

  /** The {@code java} launcher of the JVM running the benchmark. */
  static String thisJava() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The shaded jar this JVM runs from, refusing anything else. */
  static String shadedJar() {
    String classPath = System.getProperty("java.class.path");
    if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
      throw new IllegalStateException(
          "run this from the shaded jar (benchmarks/target/benchmarks.jar), not from " + classPath);
    }
    return Path.of(classPath).toAbsolutePath().toString();
  }

  /**
   * Runs {@code launcher options -cp jar mainClass args} and waits for it.
   *
   * @return the exit code, which must be 0
   */
  static int run(String launcher, List<String> options, String mainClass, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(options);
    command.addAll(List.of("-cp", shadedJar(), mainClass));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
    return exit;
  }
}
