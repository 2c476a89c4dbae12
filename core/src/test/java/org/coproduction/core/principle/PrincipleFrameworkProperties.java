package org.coproduction.core.principle;

import static org.coproduction.core.principle.PrincipleGenerators.blanks;
import static org.coproduction.core.principle.PrincipleGenerators.frameworks;
import static org.coproduction.core.principle.PrincipleGenerators.indexes;
import static org.coproduction.core.principle.PrincipleGenerators.malformedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class PrincipleFrameworkProperties {

  @Test
  void writingThenReadingGivesTheSameFramework() {
    qt().forAll(frameworks())
        .checkAssert(
            f -> assertEquals(f, Documents.read(Documents.write(f), PrincipleFramework.class)));
  }

  @Test
  void writingIsStableAcrossARoundTrip() {
    qt().forAll(frameworks())
        .checkAssert(
            f -> {
              String once = Documents.write(f);
              assertEquals(once, Documents.write(Documents.read(once, PrincipleFramework.class)));
            });
  }

  @Test
  void aRepeatedPrincipleIdIsRejectedWithThePathOfTheRepeat() {
    qt().forAll(frameworks(2, 8), indexes(), indexes())
        .checkAssert(
            (f, a, b) -> {
              int n = f.principles().size();
              int i = 1 + a % (n - 1);
              int j = b % i;
              String id = f.principles().get(j).id();
              List<Principle> ps = new ArrayList<>(f.principles());
              ps.set(i, Principle.builder().from(ps.get(i)).id(id).build());
              String path = "principles[" + i + "].id";
              String problem =
                  "duplicate id '" + id + "', already used at index " + j + " of this list";

              CoProductionException built =
                  assertThrows(
                      CoProductionException.class,
                      () -> PrincipleFramework.builder().from(f).principles(ps).build());
              assertEquals(path, built.path());
              assertEquals(problem, built.problem());

              CoProductionException read =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(f, tree -> principle(tree, i).put("id", id)));
              assertEquals(path, read.path());
              assertEquals(problem, read.problem());
            });
  }

  @Test
  void aBlankFrameworkNameIsRejected() {
    qt().forAll(frameworks(), blanks())
        .checkAssert(
            (f, blank) -> {
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> PrincipleFramework.builder().from(f).name(blank).build());
              assertEquals("name: must not be blank", e.getMessage());
            });
  }

  @Test
  void aBlankVersionIsRejected() {
    qt().forAll(frameworks(), blanks())
        .checkAssert(
            (f, blank) -> {
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(f, tree -> tree.put("version", blank)));
              assertEquals("version: must not be blank", e.getMessage());
            });
  }

  @Test
  void aMalformedFrameworkIdIsRejected() {
    qt().forAll(frameworks(), malformedIds())
        .checkAssert(
            (f, bad) -> {
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class, () -> read(f, tree -> tree.put("id", bad)));
              assertEquals("id", e.path());
              assertEquals(
                  "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
                  e.problem());
            });
  }

  @Test
  void aBlankPrincipleNameIsRejectedWithItsPath() {
    qt().forAll(frameworks(), indexes(), blanks())
        .checkAssert(
            (f, a, blank) -> {
              int k = a % f.principles().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(f, tree -> principle(tree, k).put("name", blank)));
              assertEquals("principles[" + k + "].name: must not be blank", e.getMessage());
            });
  }

  @Test
  void aBlankPrincipleDescriptionIsRejectedWithItsPath() {
    qt().forAll(frameworks(), indexes(), blanks())
        .checkAssert(
            (f, a, blank) -> {
              int k = a % f.principles().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(f, tree -> principle(tree, k).put("description", blank)));
              assertEquals("principles[" + k + "].description: must not be blank", e.getMessage());
            });
  }

  @Test
  void aMalformedPrincipleIdIsRejectedWithItsPath() {
    qt().forAll(frameworks(), indexes(), malformedIds())
        .checkAssert(
            (f, a, bad) -> {
              int k = a % f.principles().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () -> read(f, tree -> principle(tree, k).put("id", bad)));
              assertEquals("principles[" + k + "].id", e.path());
            });
  }

  @Test
  void aBlankSourceSectionIsRejectedWithItsPath() {
    qt().forAll(frameworks(), indexes(), blanks())
        .checkAssert(
            (f, a, blank) -> {
              int k = a % f.principles().size();
              CoProductionException e =
                  assertThrows(
                      CoProductionException.class,
                      () ->
                          read(
                              f,
                              tree ->
                                  ((ObjectNode) principle(tree, k).get("source"))
                                      .put("section", blank)));
              assertEquals(
                  "principles[" + k + "].source.section: must not be blank", e.getMessage());
            });
  }

  /** Writes {@code f}, edits the JSON tree, and reads it back. */
  private static PrincipleFramework read(PrincipleFramework f, Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) JsonSupport.mapper().readTree(Documents.write(f));
    edit.accept(tree);
    return Documents.read(tree.toString(), PrincipleFramework.class);
  }

  private static ObjectNode principle(ObjectNode tree, int index) {
    return (ObjectNode) tree.get("principles").get(index);
  }
}
