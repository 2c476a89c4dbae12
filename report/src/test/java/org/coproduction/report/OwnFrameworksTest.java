package org.coproduction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.FrameworkRef;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.Source;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.junit.jupiter.api.Test;

/**
 * A framework of the user's own, written in the evaluation file: every format names its principles,
 * and a principle id that names no principle, under it or under a built-in framework, is refused
 * with the place it was written.
 */
class OwnFrameworksTest {
  /** An invented council's own two principles; the wording is ours. */
  static final PrincipleFramework RIVERSIDE =
      PrincipleFramework.builder()
          .id("riverside")
          .version("2")
          .name("Riverside Council's co-production promises")
          .addPrinciples(
              principle("listen-first", "We listen before we plan"),
              principle("share-power", "We share the decisions"))
          .build();

  private static Principle principle(String id, String name) {
    return Principle.builder()
        .id(id)
        .name(name)
        .description(name + ", in every piece of work.")
        .source(Source.of("Riverside co-production policy", "Our promises"))
        .build();
  }

  /** The built-in checklist, also mapped to a framework, with the given principles per item. */
  private static Checklist mappedTo(FrameworkRef ref, Map<Integer, List<String>> principles) {
    Checklist builtIn = BuiltInChecklist.get();
    List<ChecklistItem> items = new ArrayList<>();
    for (int i = 0; i < builtIn.items().size(); i++) {
      ChecklistItem item = builtIn.items().get(i);
      Map<String, List<String>> mapped = new LinkedHashMap<>(item.principles());
      if (principles.containsKey(i)) {
        mapped.put(ref.id(), principles.get(i));
      }
      items.add(ChecklistItem.builder().from(item).principles(mapped).build());
    }
    return Checklist.builder()
        .from(builtIn)
        .id("riverside-checklist")
        .version("1.0")
        .addFrameworks(ref)
        .items(items)
        .build();
  }

  private static Evaluation.Builder on(Checklist checklist) {
    Evaluation club = BundledExamples.load("dementia-club");
    return Evaluation.builder()
        .from(club)
        .checklist(checklist)
        .responses(
            club.responses().stream()
                .map(r -> ResponseSet.builder().from(r).checklist(checklist.ref()).build())
                .toList());
  }

  private static final Map<Integer, List<String>> MAPPING =
      Map.of(0, List.of("listen-first"), 1, List.of("share-power"), 2, List.of("listen-first"));

  @Test
  void everyFormatNamesTheUsersOwnPrinciples() {
    Checklist checklist = mappedTo(FrameworkRef.of("riverside", "2"), MAPPING);
    Evaluation evaluation = on(checklist).addFrameworks(RIVERSIDE).build();
    EvaluationReport report = Evaluator.evaluate(evaluation);
    assertEquals(List.of(RIVERSIDE), report.frameworks());
    for (ReportFormat format :
        List.of(
            ReportFormat.TEXT,
            ReportFormat.MARKDOWN,
            ReportFormat.HTML,
            ReportFormat.SARIF,
            ReportFormat.JSON)) {
      // HTML writes an apostrophe as a character reference.
      String text = format.render(report, checklist).replaceAll("\\s+", " ").replace("&#39;", "'");
      assertTrue(text.contains("We listen before we plan"), format.cliName());
      assertTrue(text.contains("We share the decisions"), format.cliName());
      assertTrue(text.contains("Riverside Council's co-production promises"), format.cliName());
    }
    // Read back from its JSON, the report still knows the names.
    EvaluationReport again = Documents.read(Documents.write(report), EvaluationReport.class);
    assertTrue(ReportFormat.MARKDOWN.render(again, checklist).contains("We listen before we plan"));
  }

  @Test
  void aTypoUnderABuiltInFrameworkIsRefusedWhereItWasWritten() {
    Checklist builtIn = BuiltInChecklist.get();
    ChecklistItem first = builtIn.items().get(0);
    Map<String, List<String>> typo = new LinkedHashMap<>(first.principles());
    typo.put("guide", List.of("equality", "equalty"));
    List<ChecklistItem> items = new ArrayList<>(builtIn.items());
    items.set(0, ChecklistItem.builder().from(first).principles(typo).build());
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Checklist.builder().from(builtIn).id("typo").items(items).build());
    assertEquals("items[0].principles.guide[1]", e.path());
    assertTrue(e.getMessage().contains("'equalty' is not a principle of"), e.getMessage());
    assertTrue(
        e.getMessage().contains("its principles are equality, diversity, accessibility"),
        e.getMessage());
  }

  @Test
  void aTypoUnderTheUsersOwnFrameworkIsRefusedWhereItWasWritten() {
    Checklist checklist =
        mappedTo(FrameworkRef.of("riverside", "2"), Map.of(3, List.of("share-powr")));
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> on(checklist).addFrameworks(RIVERSIDE).build());
    assertEquals("checklist.items[3].principles.riverside[0]", e.path());
    assertTrue(e.getMessage().contains("'share-powr' is not a principle of"), e.getMessage());
  }

  @Test
  void aFrameworkNeitherBuiltInNorWrittenInTheFileIsRefused() {
    Checklist checklist = mappedTo(FrameworkRef.of("riverside", "2"), MAPPING);
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> on(checklist).build());
    assertEquals("checklist.frameworks[3]", e.path());
    assertTrue(e.getMessage().contains("write it under 'frameworks'"), e.getMessage());
  }

  @Test
  void theChecklistMustMapToTheVersionTheFileGives() {
    Checklist checklist = mappedTo(FrameworkRef.of("riverside", "1"), MAPPING);
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> on(checklist).addFrameworks(RIVERSIDE).build());
    assertEquals("checklist.frameworks[3].version", e.path());
  }

  @Test
  void aFrameworkOfOnesOwnMayNotTakeABuiltInId() {
    PrincipleFramework guide = PrincipleFramework.builder().from(RIVERSIDE).id("guide").build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> on(BuiltInChecklist.get()).addFrameworks(guide).build());
    assertEquals("frameworks[0].id", e.path());
    assertFalse(e.getMessage().isBlank());
  }
}
