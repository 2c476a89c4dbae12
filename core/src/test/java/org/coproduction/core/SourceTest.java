package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A citation needs both a document and a section, and reads the way a citation is written. */
class SourceTest {
  @Test
  void aBlankDocumentIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Source.of(" ", "Reciprocity"));
    assertEquals("document: must not be blank", e.getMessage());
  }

  @Test
  void aBlankSectionIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Source.of("002_ed537c7d2d404e79.txt", ""));
    assertEquals("section: must not be blank", e.getMessage());
  }

  @Test
  void aCitationReadsAsDocumentThenQuotedSection() {
    assertEquals(
        "002_ed537c7d2d404e79.txt, \"Reciprocity\"",
        Source.of("002_ed537c7d2d404e79.txt", "Reciprocity").toString());
  }
}
