package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduction.core.practice.Recommendation;
import org.coproduction.core.practice.Recommendations;
import org.coproduction.core.principle.Principle;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.junit.jupiter.api.Test;

/** The source catalogue, and the built-in content that cites it. */
class SourcesTest {
  /** The names of the project's working copies of the sources, which users do not have. */
  static final Pattern FILE_NAME = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

  @Test
  void theBuiltInCatalogueIsWrittenExactlyAsTheLibraryWritesIt() throws IOException {
    String resource = resource("/org/coproduction/core/sources.json");
    SourceCatalogue catalogue = Documents.read(resource, SourceCatalogue.class);
    assertEquals(resource, Documents.write(catalogue));
    assertEquals(catalogue, Sources.catalogue());
  }

  @Test
  void theCatalogueIsLoadedOnceAndShared() {
    assertSame(Sources.catalogue(), Sources.catalogue());
    assertSame(
        Sources.get("scie-guide-2015").orElseThrow(),
        Sources.catalogue().publication("scie-guide-2015").orElseThrow());
  }

  @Test
  void getIsEmptyForATitleThatIsNotAKey() {
    assertEquals(Optional.empty(), Sources.get("Riverside co-production policy"));
    assertEquals(Optional.empty(), Sources.get("SCIE-guide-2015"));
    assertThrows(NullPointerException.class, () -> Sources.get(null));
  }

  @Test
  void everyWorkNamesItsTitleAuthorOrOrganisationAndDate() {
    for (Publication p : Sources.catalogue().publications()) {
      String citation = p.citation();
      assertTrue(citation.startsWith("\"" + p.title() + "\", "), p.key());
      assertTrue(
          p.author().or(p::organisation).map(citation::contains).orElse(false),
          p.key() + " names nobody");
      assertTrue(citation.contains(p.date().substring(0, 4)), p.key() + " has no year");
      assertTrue(p.key().endsWith(p.date().substring(0, 4)) || p.updated().isPresent(), p.key());
    }
  }

  @Test
  void theGuideAndTheBoardReportAreSciesAndThePostsAreOnItsBlogs() {
    Publication guide = Sources.get("scie-guide-2015").orElseThrow();
    assertEquals(
        "\"Co-production in social care: What it is and how to do it\", Social Care Institute for"
            + " Excellence (SCIE), October 2013, updated October 2015",
        guide.citation());
    assertEquals(
        "\"Second annual board report on co-production\", Social Care Institute for Excellence"
            + " (SCIE), May 2014",
        Sources.get("scie-board-report-2014").orElseThrow().citation());
    for (Publication p : Sources.catalogue().publications()) {
      if (p.key().contains("-post-")) {
        assertTrue(p.author().isPresent(), p.key());
        assertTrue(p.publishedIn().orElse("").endsWith(" blog"), p.key());
        assertEquals(10, p.date().length(), p.key() + " gives its day");
        assertFalse(p.webAddress().isPresent(), p.key() + " states no address");
      }
    }
  }

  @Test
  void everyKeyTheBuiltInPrinciplesAndRecommendationsCiteIsInTheCatalogue() {
    for (Source s : builtInSources()) {
      assertTrue(s.publication().isPresent(), s.document() + " is not a catalogue key");
    }
  }

  @Test
  void noBuiltInDataOrPrintedCitationNamesASourceFile() throws IOException {
    for (String name :
        List.of(
            "/org/coproduction/core/sources.json",
            "/org/coproduction/core/principle/guide.json",
            "/org/coproduction/core/principle/duneane.json",
            "/org/coproduction/core/principle/pathway.json",
            "/org/coproduction/core/practice/recommendations.json")) {
      assertFalse(FILE_NAME.matcher(resource(name)).find(), name);
    }
    for (Source s : builtInSources()) {
      assertFalse(FILE_NAME.matcher(s.toString()).find(), s.toString());
    }
  }

  @Test
  void aWorkNeedsAnAuthorOrAnOrganisation() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> Publication.builder().key("x-2020").title("X").date("2020").build());
    assertEquals("author", e.path());
  }

  @Test
  void aDateIsAYearAMonthOrARealDay() {
    for (String bad : List.of("16 June 2016", "2016-6", "2016-13", "2016-02-30", "20166")) {
      CoProductionException e =
          assertThrows(CoProductionException.class, () -> work().date(bad).build(), bad);
      assertEquals(
          "date: must be a year, a month or a day, written 2016, 2016-06 or 2016-06-16",
          e.getMessage());
    }
    assertEquals("\"X\", Y, 2016", work().date("2016").build().citation());
    assertEquals("\"X\", Y, February 2016", work().date("2016-02").build().citation());
    assertEquals("\"X\", Y, 9 February 2016", work().date("2016-02-09").build().citation());
  }

  @Test
  void anUpdateComesAfterTheFirstDate() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class, () -> work().date("2015-10").updated("2013-10").build());
    assertEquals("updated: must be later than the date", e.getMessage());
  }

  @Test
  void aWebAddressIsAnHttpAddress() {
    for (String bad : List.of("www.scie.org.uk", "ftp://example.org", "http://a b")) {
      CoProductionException e =
          assertThrows(CoProductionException.class, () -> work().webAddress(bad).build(), bad);
      assertEquals("webAddress", e.path());
    }
  }

  @Test
  void aCatalogueRefusesARepeatedKey() {
    Publication one = work().build();
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                SourceCatalogue.builder()
                    .id("mine")
                    .version("1")
                    .name("Mine")
                    .addPublications(one, one)
                    .build());
    assertEquals("publications[1].key", e.path());
  }

  private static Publication.Builder work() {
    return Publication.builder().key("x-2016").title("X").author("Y").date("2016");
  }

  private static List<Source> builtInSources() {
    List<Source> sources = new ArrayList<>();
    for (PrincipleFramework f : PrincipleFrameworks.all()) {
      for (Principle p : f.principles()) {
        sources.add(p.source());
      }
    }
    for (Recommendation r : Recommendations.all()) {
      sources.add(r.source());
    }
    return sources;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SourcesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
