package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.core.internal.json.JacksonAnnotations;
import org.junit.jupiter.api.Test;

/**
 * The build lines the README gives users stay true: the version they name is the one this build
 * makes, the Jackson annotations version is the one the library checks for, and the Maven entry a
 * Jackson 2 application adds is, word for word, the one the consumer project {@code
 * consumers/jackson2-host} runs with in CI.
 */
class ReadmeBuildLinesTest {
  private static String read(String path) throws IOException {
    return Files.readString(Path.of("..", path));
  }

  private static String oneLine(String xml) {
    return xml.replaceAll("\\s+", "");
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "the README has a section " + heading);
    int end = readme.indexOf("\n### ", start + heading.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String projectVersion() throws IOException {
    Matcher m =
        Pattern.compile(
                "<artifactId>coproduction-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(read("pom.xml"));
    assertTrue(m.find());
    return m.group(1);
  }

  @Test
  void theBuildLinesNameThisVersion() throws IOException {
    String build = section(read("README.md"), "### Add it to your build");
    String version = projectVersion();
    assertTrue(
        build.contains("<artifactId>coproduction-bom</artifactId>\n      <version>" + version),
        "Maven imports coproduction-bom " + version);
    assertTrue(
        build.contains("platform(\"org.coproduction:coproduction-bom:" + version + "\")"),
        "Gradle's platform is coproduction-bom " + version);
    assertEquals(version, bomVersion(), "bom/pom.xml has the parent's version");
  }

  @Test
  void theJackson2LinesNameTheAnnotationsTheLibraryNeeds() throws IOException {
    String jackson2 = section(read("README.md"), "### Jackson 2 applications (Spring Boot 3)");
    String needed = JacksonAnnotations.REQUIRED;
    String entry =
        "<dependency>\n  <groupId>com.fasterxml.jackson.core</groupId>\n"
            + "  <artifactId>jackson-annotations</artifactId>\n  <version>"
            + needed
            + "</version>\n</dependency>";
    assertTrue(jackson2.contains(entry), "the README's Maven entry names " + needed);
    assertTrue(
        jackson2.contains(
            "implementation(\"com.fasterxml.jackson.core:jackson-annotations:" + needed),
        "the README's Gradle line names " + needed);
    assertTrue(
        jackson2.contains("this library's Jackson 3 needs " + needed + " or newer"),
        "the README quotes the refusal for " + needed);
    assertTrue(
        oneLine(read("consumers/jackson2-host/pom.xml")).contains(oneLine(entry)),
        "consumers/jackson2-host runs with the README's entry");
  }

  private static String bomVersion() throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>coproduction-bom</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(read("bom/pom.xml"));
    assertTrue(m.find());
    return m.group(1);
  }
}
