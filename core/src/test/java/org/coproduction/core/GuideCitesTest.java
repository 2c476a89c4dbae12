package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.junit.jupiter.api.Test;

/**
 * Every cite of the national guide in the core module's built-in content names a heading the guide
 * has, and only one: the guide has five headings called "Recommendations" and two called "Review",
 * so those are cited with the part they sit in, such as "How to do co-production > Review".
 */
class GuideCitesTest {
  private static final String GUIDE = "scie-guide-2015";

  @Test
  void theOutlineFindsOneHeadingForAPathOrAUniqueName() throws IOException {
    List<String> outline = outline();
    assertEquals(
        List.of("How to do co-production > Practice > Access"), matches(outline, "Access"));
    assertEquals(
        List.of("What is co-production > Principles of co-production > Accessibility"),
        matches(outline, "Accessibility"));
    assertEquals(5, matches(outline, "Recommendations").size());
    assertEquals(2, matches(outline, "Review").size());
    assertEquals(
        List.of("How to do co-production > Review > Recommendations"),
        matches(outline, "How to do co-production > Review > Recommendations"));
    assertEquals(List.of(), matches(outline, "The ladder of co-production"));
  }

  @Test
  void everyRecommendationCitesOneHeadingOfTheGuide() throws IOException {
    List<String> outline = outline();
    Map<String, String> wrong = new TreeMap<>();
    for (Recommendation r : Recommendations.all()) {
      assertEquals(GUIDE, r.source().document(), r.id());
      List<String> found = matches(outline, r.source().section());
      if (found.size() != 1) {
        wrong.put(r.id(), r.source().section() + " matches " + found);
      }
    }
    assertEquals(Map.of(), wrong);
  }

  @Test
  void everyBuiltInPrincipleThatCitesTheGuideCitesOneHeadingOfIt() throws IOException {
    List<String> outline = outline();
    Map<String, String> wrong = new TreeMap<>();
    for (PrincipleFramework f : PrincipleFrameworks.all()) {
      for (Principle p : f.principles()) {
        if (p.source().document().equals(GUIDE)) {
          List<String> found = matches(outline, p.source().section());
          if (found.size() != 1) {
            wrong.put(f.id() + "/" + p.id(), p.source().section() + " matches " + found);
          }
        }
      }
    }
    assertEquals(Map.of(), wrong);
  }

  @Test
  void informationForEveryoneCitesAccessibilityWhereTheGuideSaysIt() {
    // "All parties need to have enough information" is under the principle Accessibility, not
    // under the practice section Access.
    assertEquals("Accessibility", Recommendations.byId("rec-10").orElseThrow().source().section());
    assertEquals("Access", Recommendations.byId("rec-09").orElseThrow().source().section());
  }

  @Test
  void frontlineStaffGetFlexibilityAsTheGuideSays() {
    String text = Recommendations.byId("rec-13").orElseThrow().text();
    assertTrue(text.contains("flexibility"), text);
    assertFalse(text.contains("freedom"), text);
  }

  @Test
  void selfManagementIsAboutPersonalControlNotUsingFewerServices() {
    Principle p =
        PrincipleFrameworks.pathway().principles().stream()
            .filter(x -> x.id().equals("self-management"))
            .findFirst()
            .orElseThrow();
    assertTrue(p.description().contains("personal control"), p.description());
    assertFalse(p.description().contains("rely less"), p.description());
  }

  /** The outline's headings whose path is the cite or ends in it after a " > ". */
  static List<String> matches(List<String> outline, String cite) {
    List<String> found = new ArrayList<>();
    for (String path : outline) {
      if (path.equals(cite) || path.endsWith(" > " + cite)) {
        found.add(path);
      }
    }
    return found;
  }

  static List<String> outline() throws IOException {
    try (InputStream in = GuideCitesTest.class.getResourceAsStream("guide-outline.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
