package org.coproduction.report.questionnaire;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through Debian's chromedriver. Both paths are given to Selenium, so
 * Selenium Manager never runs and nothing is downloaded. Without them the calling test is skipped
 * on a laptop and fails in CI, where {@code .ci/run} installs both.
 */
final class BrowserDriver {
  private BrowserDriver() {}

  /** A new headless browser whose downloads go to {@code downloads}; the caller quits it. */
  static ChromeDriver start(Path work, Path downloads) throws IOException {
    Map<String, String> environment = System.getenv();
    Path chromium = require("chromium", environment);
    Path chromedriver = require("chromedriver", environment);
    Path profile = Files.createDirectories(work.resolve("profile"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1100,1600",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * axe-core's script, from the WebJar on the test class path. The class loader finds it there; a
   * class in the patched test module would look only inside its own module.
   */
  static String axe() throws IOException {
    String name = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
    try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        fail("axe-core is not on the test class path at " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String axeVersion() throws IOException {
    try (InputStream in =
        ClassLoader.getSystemClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      if (in == null) {
        fail("axe-core's WebJar is not on the test class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static Path require(String program, Map<String, String> environment) {
    Optional<Path> found = onPath(program, environment.get("PATH"));
    if (found.isEmpty()) {
      String why =
          program
              + " is not on the PATH, so the questionnaire cannot be filled in in a real browser;"
              + " install it with: apt-get install chromium chromium-driver";
      if (environment.get("CI") != null) {
        fail(why + " (CI is set, and .ci/run should have installed it)");
      }
      Assumptions.abort(why);
    }
    return found.get();
  }

  private static Optional<Path> onPath(String program, String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : List.of(path.split(File.pathSeparator))) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
