package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code xml} block of the READMEs is a part of a POM that CI builds: word for word (spaces
 * and line breaks aside) in one of the consumer projects under {@code consumers/}, which {@code
 * .ci/run} builds against the library. Where a block names the library's version, the consumers
 * name {@code ${coproduction.version}}, which {@code consumers/pom.xml} sets to this build's
 * version. Blocks marked {@code <!-- not run: reason -->} are left out (see {@link ReadmeBlocks}).
 */
class ReadmeXmlBlocksTest {
  private static final Path CONSUMERS = Path.of("..", "consumers");

  /** The xml blocks this test checks: every one not marked as not run. */
  static List<ReadmeBlocks.Block> blocksRun() {
    return ReadmeBlocks.ofLanguage("xml").stream().filter(b -> b.notRun().isEmpty()).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyXmlBlockIsPartOfAConsumerProjectsPom() throws IOException {
    List<ReadmeBlocks.Block> blocks = blocksRun();
    assertFalse(blocks.isEmpty(), "no xml blocks found");
    String version = projectVersion();
    List<String> poms = consumerPoms();
    return blocks.stream()
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.where(),
                    () -> {
                      String wanted =
                          oneLine(
                              b.text()
                                  .replace(
                                      "<version>" + version + "</version>",
                                      "<version>${coproduction.version}</version>"));
                      assertTrue(
                          poms.stream().anyMatch(pom -> pom.contains(wanted)),
                          b.where()
                              + ": no POM under consumers/ has these lines (with"
                              + " ${coproduction.version} for "
                              + version
                              + "):\n"
                              + b.text());
                    }));
  }

  @Test
  void theConsumersBuildAgainstThisVersion() throws IOException {
    Matcher m =
        Pattern.compile("<coproduction.version>([^<]+)</coproduction.version>")
            .matcher(Files.readString(CONSUMERS.resolve("pom.xml")));
    assertTrue(m.find(), "consumers/pom.xml sets coproduction.version");
    assertEquals(projectVersion(), m.group(1));
  }

  private static List<String> consumerPoms() throws IOException {
    List<String> poms = new ArrayList<>();
    try (Stream<Path> folders = Files.list(CONSUMERS)) {
      for (Path folder : folders.sorted().toList()) {
        Path pom = folder.resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
          poms.add(oneLine(Files.readString(pom)));
        }
      }
    }
    assertFalse(poms.isEmpty(), "no consumer projects found");
    return poms;
  }

  private static String projectVersion() throws IOException {
    Matcher m =
        Pattern.compile(
                "<artifactId>coproduction-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("..", "pom.xml")));
    assertTrue(m.find(), "the parent POM names its version");
    return m.group(1);
  }

  private static String oneLine(String xml) {
    return xml.replaceAll("\\s+", "");
  }
}
