package org.coproduction.core.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class RecommendationCatalogueGoldenTest {

  @Test
  void theGoldenCatalogueIsReadAndWrittenBackByteForByte() throws IOException {
    String golden = golden("/golden/recommendation-catalogue.json");
    RecommendationCatalogue c = Documents.read(golden, RecommendationCatalogue.class);
    assertEquals("riverside-plan", c.id());
    assertEquals(4, c.recommendations().size());
    assertEquals(JigsawArea.PRACTICE, c.recommendation("r5").orElseThrow().area());
    assertEquals(9, c.recommendation("r9").orElseThrow().number());
    assertEquals(golden, Documents.write(c));
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = RecommendationCatalogueGoldenTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
