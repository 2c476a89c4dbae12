package org.coproduction.core.principle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.junit.jupiter.api.Test;

class PrincipleFrameworkTest {
  private static final Principle TRUST =
      Principle.builder()
          .id("trust")
          .name("Trust")
          .description("People keep their word.")
          .source(Source.of("our-charter.pdf", "Values"))
          .build();

  @Test
  void aFrameworkWithoutPrinciplesIsRejected() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> PrincipleFramework.builder().id("ours").version("1").name("Ours").build());
    assertEquals("principles: a framework needs at least one principle", e.getMessage());
  }

  @Test
  void aFrameworkWithoutPrinciplesIsRejectedWhenRead() {
    String json =
        "{\"schemaVersion\":1,\"id\":\"ours\",\"version\":\"1\",\"name\":\"Ours\",\"principles\":[]}";
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> Documents.read(json, PrincipleFramework.class));
    assertEquals("principles: a framework needs at least one principle", e.getMessage());
  }

  @Test
  void aBlankPrincipleDescriptionIsRejectedByTheBuilder() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Principle.builder().from(TRUST).description("  ").build());
    assertEquals("description: must not be blank", e.getMessage());
  }

  @Test
  void anOrganisationCanBuildItsOwnFramework() {
    PrincipleFramework ours =
        PrincipleFramework.builder()
            .id("ours")
            .version("2")
            .name("Ours")
            .principles(List.of(TRUST))
            .build();
    assertEquals(TRUST, ours.principle("trust").orElseThrow());
    assertEquals(ours, Documents.read(Documents.write(ours), PrincipleFramework.class));
  }
}
