package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link Evaluate#main} in a new JVM with the library, Jackson and picocli on a real module
 * path, as a packaged application would: picocli must reach the command's options through the
 * module's {@code opens}, and the exit code must reach the shell.
 */
class EvaluateModulePathTest {
  private static Process start(String... args) throws IOException {
    String modulePath =
        Arrays.stream(System.getProperty("jdk.module.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("immutables"))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "--module-path",
            modulePath,
            "-m",
            "org.coproduction.examples/org.coproduction.examples.Evaluate"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  @Test
  void theCommandRunsOnAModulePathAndItsExitCodesReachTheShell()
      throws IOException, InterruptedException {
    Process ok = start("--example", "care-leavers", "--format", "csv");
    String csv = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String okErr = new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ok.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
    assertEquals(0, ok.exitValue(), okErr);
    assertTrue(csv.startsWith("round,item_id,statement,"), csv);

    Process usage = start("--no-such-option");
    usage.getInputStream().readAllBytes();
    String err = new String(usage.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(usage.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
    assertEquals(64, usage.exitValue(), err);
    assertTrue(err.startsWith("evaluate: there is no option --no-such-option"), err);
  }
}
