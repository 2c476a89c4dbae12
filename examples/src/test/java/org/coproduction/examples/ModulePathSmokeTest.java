package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ModulePathSmoke} in a new JVM with the library's modules and Jackson on the module
 * path, as a consumer's application would, and without Immutables, which consumers never get.
 */
class ModulePathSmokeTest {
  @Test
  void documentsReadAndWriteOnARealModulePathWithoutImmutables()
      throws IOException, InterruptedException {
    String modulePath =
        Arrays.stream(System.getProperty("jdk.module.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("immutables"))
            .collect(Collectors.joining(File.pathSeparator));
    String testClasses =
        Path.of(ModulePathSmoke.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toString();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "--module-path",
                    modulePath,
                    "--patch-module",
                    "org.coproduction.examples=" + testClasses,
                    "-m",
                    "org.coproduction.examples/org.coproduction.examples.ModulePathSmoke"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the smoke JVM did not finish");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("read and wrote Evaluation"), output);
    assertTrue(output.contains("read and wrote SurveyMapping"), output);
    assertTrue(
        output.contains("imported the sample survey: 14 rows read: 12 imported, 2 skipped"),
        output);
    assertTrue(
        output.contains(
            "imported the Microsoft Forms workbook: 8 rows read: 8 imported, 0 skipped"
                + " (microsoft-forms.xlsx: Excel workbook, sheet 'Form1', 1 header row)"),
        output);
    assertTrue(output.contains("module path smoke: ok"), output);
  }
}
