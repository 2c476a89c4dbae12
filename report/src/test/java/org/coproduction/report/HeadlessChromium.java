package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a page in Debian's {@code chromium}, headless, and gives back the DOM it built, what it
 * logged and, if asked, a screenshot. Console messages (a script error, or a load or script the
 * page's content security policy blocked) appear in the log as {@code :CONSOLE} lines.
 */
final class HeadlessChromium {
  /** Generous, so a busy machine never fails a test; it only stops a hung browser. */
  private static final long GIVE_UP_MINUTES = 3;

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /**
   * The browser on the PATH. Without one the calling test fails when the {@code CI} environment
   * variable is set (CI installs chromium in {@code .ci/run}) and is skipped otherwise.
   */
  static HeadlessChromium require() {
    return require(System.getenv());
  }

  /** As {@link #require()}, reading {@code PATH} and {@code CI} from the given environment. */
  static HeadlessChromium require(Map<String, String> environment) {
    Optional<Path> found = onPath(environment.get("PATH"));
    if (found.isEmpty()) {
      String why =
          "chromium is not on the PATH, so the HTML report cannot be opened in a real browser;"
              + " install it with: apt-get install chromium";
      if (environment.get("CI") != null) {
        fail(why + " (CI is set, and .ci/run should have installed it)");
      }
      Assumptions.abort(why);
    }
    return new HeadlessChromium(found.get());
  }

  private static Optional<Path> onPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "chromium");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** What the browser made of a page. */
  record Visit(String dom, String log) {
    /** The console messages the page caused: none for a page with no scripts and no loads. */
    List<String> consoleMessages() {
      List<String> messages = new ArrayList<>();
      for (String line : log.split("\n")) {
        if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
          messages.add(line);
        }
      }
      return messages;
    }
  }

  /**
   * Opens an HTML page.
   *
   * @param html the page
   * @param work an empty folder for the page, the browser profile and the outputs
   * @param screenshot where to write a PNG of the page, or null for none
   */
  Visit open(String html, Path work, Path screenshot) throws IOException, InterruptedException {
    Path page = work.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(work.resolve("profile"));
    Path out = work.resolve("dom.html");
    Path err = work.resolve("chromium.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--hide-scrollbars",
                "--window-size=1100,1600",
                "--dump-dom"));
    if (screenshot != null) {
      command.add("--screenshot=" + screenshot);
    }
    command.add(page.toUri().toString());
    Process browser =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    browser.getOutputStream().close();
    if (!browser.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
      browser.destroyForcibly();
      fail("chromium did not finish within " + GIVE_UP_MINUTES + " minutes: " + command);
    }
    String log = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
    if (browser.exitValue() != 0) {
      fail("chromium exited with " + browser.exitValue() + ":\n" + log);
    }
    return new Visit(new String(Files.readAllBytes(out), StandardCharsets.UTF_8), log);
  }
}
