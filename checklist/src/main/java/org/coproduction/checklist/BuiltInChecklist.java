package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JacksonAnnotations;

/**
 * The checklist that ships with the library: the "co-production police" that a carer called for, so
 * that everybody involved in an activity can score how truly co-produced it was. Source: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016.
 *
 * <p>It has one or more items for each of the ten failures in that post, each turned round into the
 * good practice it breaks; items covering each of the 20 recommendations of the national guide
 * ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated October
 * 2015, the lists headed "Recommendations" in each part of "How to do co-production"); and at least
 * two items for each of the guide's four principles (equality, diversity, accessibility,
 * reciprocity). Every item is mapped to the principles of the three built-in frameworks ({@code
 * guide}, {@code duneane} and {@code pathway}), cites its sources, and is worded to a Flesch
 * reading ease of 60 or more, with an easy-read version in sentences of at most 15 words. Why each
 * item maps to the principles it does is in a table beside the checklist, the resource {@code
 * coproduction-police-1.0-principles.md} in this package; where part of an item is the library's
 * own rather than a source's, its {@link ChecklistItem#sourceNote()} says so.
 *
 * <p>The items that an initiative's records can answer have these ids: {@code notice-given}, {@code
 * expenses-and-fees}, {@code convenient-times}, {@code all-groups-invited}, {@code venue-access},
 * {@code comments-recorded}, {@code outcomes-fed-back}, {@code involved-from-start}, {@code
 * new-ideas-welcome}, {@code ideas-shape-result} and {@code refreshments-and-breaks}.
 *
 * <p>The checklist is a JSON document inside the library, read through the same strict reader as
 * any other; it is read once and then shared (it is immutable).
 */
@API(status = STABLE, since = "0.1")
public final class BuiltInChecklist {
  /** The built-in checklist's id. */
  public static final String ID = "coproduction-police";

  /** The version this release ships. */
  public static final String VERSION = "1.0";

  private static final String RESOURCE = ID + "-" + VERSION + ".json";

  private BuiltInChecklist() {}

  /**
   * The built-in checklist.
   *
   * @return the checklist {@value #ID}, version {@value #VERSION}
   */
  public static Checklist get() {
    JacksonAnnotations.require();
    return Holder.CHECKLIST;
  }

  /**
   * Reads the resource on first use; class initialisation makes this thread-safe. Every accessor
   * checks Jackson's annotations before it touches this class: a failure inside class
   * initialisation would reach the caller as {@code ExceptionInInitializerError} rather than as the
   * library's message.
   */
  private static final class Holder {
    static final Checklist CHECKLIST = readResource(RESOURCE);
  }

  /**
   * Reads one of the library's own checklists from this package's resources; every built-in
   * checklist ({@link RecommendationsSelfAssessment}, {@link LadderQuestionnaire}) loads through
   * here.
   */
  static Checklist readResource(String resource) {
    try (InputStream in = BuiltInChecklist.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the built-in checklist " + resource + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Documents.read(reader, Checklist.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
