package org.coproduction.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ChecklistProperties {

  @Test
  void aChecklistSurvivesWritingAndReading() {
    qt().withExamples(300)
        .forAll(ChecklistGenerators.checklists())
        .checkAssert(c -> assertEquals(c, Documents.read(Documents.write(c), Checklist.class)));
  }

  @Test
  void aResponseSetSurvivesWritingAndReading() {
    qt().withExamples(300)
        .forAll(ChecklistGenerators.responseSets())
        .checkAssert(r -> assertEquals(r, Documents.read(Documents.write(r), ResponseSet.class)));
  }

  /** A checklist and one rater's answers to it. */
  record Answered(Checklist checklist, ResponseSet responses) {}

  @Test
  void answersToSomeOfAChecklistsItemsFitThatChecklist() {
    Gen<Answered> answered =
        in -> {
          Checklist c = ChecklistGenerators.checklists().generate(in);
          return new Answered(c, ChecklistGenerators.responseSetsFor(c).generate(in));
        };
    qt().withExamples(200)
        .forAll(answered)
        .checkAssert(
            a -> {
              a.responses().validateAgainst(a.checklist());
              assertTrue(a.checklist().itemIds().containsAll(itemIds(a.responses())));
            });
  }

  @Test
  void aDerivedChecklistKeepsTheIdsOfTheItemsItKeeps() {
    Checklist builtIn = BuiltInChecklist.get();
    int size = builtIn.items().size();
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, size - 1)).ofSizeBetween(0, size - 1))
        .checkAssert(
            drops -> {
              ChecklistDerivation d = ChecklistDerivation.from(builtIn);
              Set<String> dropped = new TreeSet<>();
              for (int index : drops) {
                String id = builtIn.items().get(index).id();
                if (dropped.add(id)) {
                  d = d.drop(id);
                }
              }
              Checklist derived = d.derive("ours", "1", "Our checklist");
              List<String> expected = new ArrayList<>(builtIn.itemIds());
              expected.removeAll(dropped);
              assertEquals(expected, derived.itemIds());
              for (ChecklistItem item : derived.items()) {
                assertEquals(builtIn.item(item.id()).orElseThrow(), item);
              }
              assertEquals(builtIn.ref(), derived.basedOn().orElseThrow());
            });
  }

  @Test
  void changingWeightsAndSeveritiesKeepsEveryIdInPlace() {
    qt().withExamples(200)
        .forAll(
            ChecklistGenerators.checklists(), integers().between(0, 7), integers().between(1, 100))
        .checkAssert(
            (c, pick, weight) -> {
              String id = c.itemIds().get(pick % c.items().size());
              Checklist derived =
                  ChecklistDerivation.from(c)
                      .weight(id, weight)
                      .severity(id, Severity.MINOR)
                      .derive(c.id() + "-ours", c.version(), "Ours");
              assertEquals(c.itemIds(), derived.itemIds());
              ChecklistItem changed = derived.item(id).orElseThrow();
              assertEquals(weight.doubleValue(), changed.weight());
              assertEquals(Severity.MINOR, changed.severity());
              assertEquals(c.ref(), derived.basedOn().orElseThrow());
            });
  }

  private static List<String> itemIds(ResponseSet r) {
    List<String> ids = new ArrayList<>();
    r.answers().forEach(a -> ids.add(a.itemId()));
    return ids;
  }
}
