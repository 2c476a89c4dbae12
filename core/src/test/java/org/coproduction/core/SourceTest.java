package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A citation needs both a document and a section; a catalogue key reads as the work's title, author
 * and date, and anything else reads as it was given.
 */
class SourceTest {
  @Test
  void aBlankDocumentIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Source.of(" ", "Reciprocity"));
    assertEquals("document: must not be blank", e.getMessage());
  }

  @Test
  void aBlankSectionIsRejectedWithItsPath() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> Source.of("scie-guide-2015", ""));
    assertEquals("section: must not be blank", e.getMessage());
  }

  @Test
  void aCatalogueKeyReadsAsTheWorksCitationThenTheQuotedSection() {
    assertEquals(
        "\"Co-production in social care: What it is and how to do it\", Social Care Institute for"
            + " Excellence (SCIE), October 2013, updated October 2015, section \"Reciprocity\"",
        Source.of("scie-guide-2015", "Reciprocity").toString());
  }

  @Test
  void aBlogPostCitedAsAWholeDoesNotRepeatItsTitle() {
    assertEquals(
        "\"The Co-production Police and accountability\", Kevin Minier, SCIE Co-production"
            + " Festival blog, 16 June 2016",
        Source.of("police-post-2016", "The Co-production Police and accountability").toString());
  }

  @Test
  void aHeadingInsideABlogPostIsQuotedAfterThePost() {
    assertEquals(
        "\"Nothing about us without us\", Anne Collis, SCIE Co-production Week blog, 23 May 2017,"
            + " section \"Five interest groups\"",
        Source.of("nothing-about-us-post-2017", "Five interest groups").citation());
  }

  @Test
  void anOrganisationsOwnDocumentIsPrintedAsGiven() {
    Source own = Source.of("Riverside co-production policy", "Meetings");
    assertEquals("Riverside co-production policy, \"Meetings\"", own.toString());
    assertEquals(Optional.empty(), own.publication());
  }

  @Test
  void onlyAnExactKeyIsLookedUp() {
    assertEquals(
        "Police-Post-2016, \"Point 7\"", Source.of("Police-Post-2016", "Point 7").toString());
    assertEquals(
        "police-post-2016 , \"Point 7\"", Source.of("police-post-2016 ", "Point 7").toString());
  }

  @Test
  void aKeyGivesTheCatalogueEntry() {
    Publication guide = Source.of("scie-guide-2015", "Diversity").publication().orElseThrow();
    assertEquals("Co-production in social care: What it is and how to do it", guide.title());
    assertTrue(guide.organisation().isPresent());
  }
}
