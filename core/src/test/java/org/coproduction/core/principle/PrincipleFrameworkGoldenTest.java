package org.coproduction.core.principle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class PrincipleFrameworkGoldenTest {

  @Test
  void theGoldenFrameworkIsReadAndWrittenBackByteForByte() throws IOException {
    String golden = golden("/golden/principle-framework.json");
    PrincipleFramework f = Documents.read(golden, PrincipleFramework.class);
    assertEquals("riverside", f.id());
    assertEquals(3, f.principles().size());
    assertEquals("Gwrando – listening", f.principle("listening").orElseThrow().name());
    assertEquals(golden, Documents.write(f));
  }

  static String golden(String resource) throws IOException {
    try (InputStream in = PrincipleFrameworkGoldenTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
