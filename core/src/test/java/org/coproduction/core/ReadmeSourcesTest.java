package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's "Where the content comes from" lists the works the built-in content cites; the list
 * must be the source catalogue's, key by key and citation by citation, in the catalogue's order, so
 * a work added to or corrected in the catalogue must be added to or corrected in the README.
 */
class ReadmeSourcesTest {
  @org.junit.jupiter.api.Test
  void theReadmeListsEveryWorkOfTheCatalogueAsItIsCited() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("\n## Where the content comes from\n");
    assertTrue(from >= 0, "the README has a section 'Where the content comes from'");
    int to = readme.indexOf("\n## ", from + 1);
    List<String> listed =
        readme.substring(from, to).lines().filter(l -> l.startsWith("- `")).toList();
    List<String> catalogue =
        Sources.catalogue().publications().stream()
            .map(p -> "- `" + p.key() + "`: " + p.citation())
            .toList();
    assertEquals(catalogue, listed);
  }
}
