package org.coproduction.core.practice;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JacksonAnnotations;

/**
 * The national guide's twenty recommendations for making co-production work, built into the
 * library: three on culture, five on structure, eight on practice and four on review, with ids
 * {@code rec-01} to {@code rec-20} in the guide's order. Source: "Co-production in social care:
 * What it is and how to do it", SCIE, October 2013, updated October 2015: the summary
 * "Recommendations" at the front of the guide, and the lists headed "Recommendations" at the end of
 * each part of "How to do co-production" ("How to do co-production > Culture > Recommendations",
 * and so on for Structure, Practice and Review). Each recommendation cites the section of the guide
 * that explains it.
 *
 * <p>Checklist items and reports cite these ids, so the ids never change; if the wording is
 * improved, the catalogue's version is raised. The catalogue is read from a JSON resource the first
 * time it is needed and then kept; every method is thread-safe and returns unmodifiable values.
 */
@API(status = STABLE, since = "0.1")
public final class Recommendations {
  private static final String RESOURCE = "recommendations.json";

  private Recommendations() {}

  /**
   * Loads the catalogue on first use; class initialisation makes that safe across threads. Every
   * accessor checks Jackson's annotations before it touches this class: a failure inside class
   * initialisation would reach the caller as {@code ExceptionInInitializerError} rather than as the
   * library's message.
   */
  private static final class Holder {
    static final RecommendationCatalogue CATALOGUE = load();
  }

  /**
   * The whole catalogue as a document, with its id ({@code guide}) and version, for callers that
   * want to store or compare it.
   *
   * @return the built-in catalogue
   */
  public static RecommendationCatalogue catalogue() {
    JacksonAnnotations.require();
    return Holder.CATALOGUE;
  }

  /**
   * All twenty recommendations in the guide's order.
   *
   * @return {@code rec-01} to {@code rec-20}, unmodifiable
   */
  public static List<Recommendation> all() {
    JacksonAnnotations.require();
    return Holder.CATALOGUE.recommendations();
  }

  /**
   * Looks up one of the guide's recommendations.
   *
   * @param id a recommendation id such as {@code rec-04}
   * @return the recommendation, or empty when the guide has none with that id
   */
  public static Optional<Recommendation> byId(String id) {
    JacksonAnnotations.require();
    return Holder.CATALOGUE.recommendation(id);
  }

  /**
   * The guide's recommendations for one piece of the jigsaw.
   *
   * @param area the piece of the jigsaw
   * @return the recommendations in that area, in the guide's order, unmodifiable
   */
  public static List<Recommendation> inArea(JigsawArea area) {
    JacksonAnnotations.require();
    return Holder.CATALOGUE.inArea(area);
  }

  private static RecommendationCatalogue load() {
    try (InputStream in = Recommendations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the library lacks its resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Documents.read(reader, RecommendationCatalogue.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
    } catch (CoProductionException e) {
      throw new IllegalStateException(
          "the built-in " + RESOURCE + " is broken: " + e.getMessage(), e);
    }
  }
}
