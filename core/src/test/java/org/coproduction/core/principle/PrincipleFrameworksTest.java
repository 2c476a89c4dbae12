package org.coproduction.core.principle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PrincipleFrameworksTest {
  private static final String GUIDE = "scie-guide-2015";
  private static final String DUNEANE_POST = "duneane-post-2017";

  @Test
  void theGuideHasItsFourPrinciplesInOrder() {
    PrincipleFramework guide = PrincipleFrameworks.guide();
    assertEquals("guide", guide.id());
    assertEquals(List.of("equality", "diversity", "accessibility", "reciprocity"), ids(guide));
  }

  @Test
  void duneaneHasItsSixPrinciplesInOrder() {
    PrincipleFramework duneane = PrincipleFrameworks.duneane();
    assertEquals("duneane", duneane.id());
    assertEquals(
        List.of(
            "people-as-assets",
            "building-on-capabilities",
            "mutuality-and-reciprocity",
            "peer-networks",
            "breaking-down-barriers",
            "facilitating-not-delivering"),
        ids(duneane));
  }

  @Test
  void thePathwayHasItsFourPrinciplesInOrder() {
    PrincipleFramework pathway = PrincipleFrameworks.pathway();
    assertEquals("pathway", pathway.id());
    assertEquals(
        List.of("know-me", "decide-together", "work-together", "self-management"), ids(pathway));
  }

  @Test
  void allListsTheGuideThenDuneaneThenThePathway() {
    assertEquals(
        List.of("guide", "duneane", "pathway"),
        PrincipleFrameworks.all().stream()
            .map(PrincipleFramework::id)
            .collect(Collectors.toList()));
    assertSame(PrincipleFrameworks.guide(), PrincipleFrameworks.all().get(0));
    assertSame(PrincipleFrameworks.duneane(), PrincipleFrameworks.all().get(1));
    assertSame(PrincipleFrameworks.pathway(), PrincipleFrameworks.all().get(2));
  }

  @Test
  void allCannotBeChangedByACaller() {
    assertThrows(UnsupportedOperationException.class, () -> PrincipleFrameworks.all().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> PrincipleFrameworks.guide().principles().clear());
  }

  @Test
  void frameworksAreLoadedOnceAndShared() {
    assertSame(PrincipleFrameworks.guide(), PrincipleFrameworks.guide());
    assertSame(PrincipleFrameworks.all(), PrincipleFrameworks.all());
  }

  @Test
  void byIdFindsEachBuiltInFramework() {
    for (PrincipleFramework f : PrincipleFrameworks.all()) {
      assertSame(f, PrincipleFrameworks.byId(f.id()).orElseThrow());
    }
  }

  @Test
  void byIdIsEmptyForAnUnknownOrDifferentlyCasedId() {
    assertEquals(Optional.empty(), PrincipleFrameworks.byId("scie"));
    assertEquals(Optional.empty(), PrincipleFrameworks.byId("Guide"));
    assertEquals(Optional.empty(), PrincipleFrameworks.byId(""));
  }

  @Test
  void byIdRefusesNull() {
    assertThrows(NullPointerException.class, () -> PrincipleFrameworks.byId(null));
  }

  @Test
  void everyBuiltInPrincipleCitesTheSectionItComesFrom() {
    assertEquals(
        "Equality – everyone has assets",
        PrincipleFrameworks.guide().principle("equality").orElseThrow().source().section());
    for (Principle p : PrincipleFrameworks.guide().principles()) {
      assertEquals(GUIDE, p.source().document(), p.id());
    }
    for (Principle p : PrincipleFrameworks.duneane().principles()) {
      assertEquals(DUNEANE_POST, p.source().document(), p.id());
      assertEquals(
          "Northern Ireland: The Duneane Collective co-production pilot",
          p.source().section(),
          p.id());
    }
    for (Principle p : PrincipleFrameworks.pathway().principles()) {
      assertEquals(GUIDE, p.source().document(), p.id());
      assertEquals("You in Mind", p.source().section(), p.id());
    }
  }

  @Test
  void builtInFrameworksHaveAVersionAndPlainNames() {
    for (PrincipleFramework f : PrincipleFrameworks.all()) {
      assertEquals("1", f.version(), f.id());
      for (Principle p : f.principles()) {
        assertTrue(p.name().length() <= 40, p.id());
        assertTrue(p.description().length() <= 300, p.id() + " has a long description");
      }
    }
  }

  // Tagged so PIT, which runs tests on the class path, leaves it out (see the parent pom).
  @Tag("module-path")
  @Test
  void theResourcesLoadFromInsideTheNamedModule() {
    // Surefire patches the tests into the module, so this proves getResourceAsStream works there.
    assertEquals("org.coproduction.core", PrincipleFrameworks.class.getModule().getName());
    assertEquals(4, PrincipleFrameworks.guide().principles().size());
  }

  @Test
  void aFrameworkFindsItsOwnPrinciplesOnly() {
    PrincipleFramework guide = PrincipleFrameworks.guide();
    assertEquals("Reciprocity", guide.principle("reciprocity").orElseThrow().name());
    assertEquals(Optional.empty(), guide.principle("know-me"));
  }

  private static List<String> ids(PrincipleFramework f) {
    return f.principles().stream().map(Principle::id).collect(Collectors.toList());
  }
}
