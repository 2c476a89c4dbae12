package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class InitiativeGoldenTest {
  @Test
  void goldenInitiativeIsReadAndWrittenBackByteIdentical() {
    String golden = JsonEdits.golden();
    Initiative initiative = Documents.read(golden, Initiative.class);
    assertEquals(golden, Documents.write(initiative));
  }
}
