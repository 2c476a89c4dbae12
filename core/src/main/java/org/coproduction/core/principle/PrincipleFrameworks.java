package org.coproduction.core.principle;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.internal.json.JacksonAnnotations;

/**
 * The principle frameworks built into the library, so that an evaluation can be reported against a
 * recognised set of principles without anyone writing one first.
 *
 * <p>There are three, with ids that checklists and scores refer to and that never change:
 *
 * <ul>
 *   <li>{@code guide}: the national guide's four principles, equality, diversity, accessibility and
 *       reciprocity ("Co-production in social care: What it is and how to do it", SCIE, October
 *       2013, updated October 2015, section "Principles of co-production");
 *   <li>{@code duneane}: the six principles of the Duneane co-production pilot in Northern Ireland
 *       ("Northern Ireland: The Duneane Collective co-production pilot", Jenny Hanna, SCIE
 *       Co-production Week blog, 16 May 2017);
 *   <li>{@code pathway}: the four principles of the "You in Mind" mental health care pathway
 *       ("Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
 *       October 2015, section "You in Mind"). The guide names the four principles only; each
 *       description is the library's own reading of the name, and that of "Work towards
 *       self-management" follows the write-up's hope that people "retain and regain personal
 *       control" of their lives.
 * </ul>
 *
 * <p>Each framework is read from a JSON resource the first time it is needed and then kept; every
 * method is thread-safe and returns unmodifiable values. An organisation with its own principles
 * writes its own {@link PrincipleFramework} document instead.
 */
@API(status = STABLE, since = "0.1")
public final class PrincipleFrameworks {
  private PrincipleFrameworks() {}

  /**
   * Loads the frameworks on first use; class initialisation makes that safe across threads. Every
   * accessor checks Jackson's annotations before it touches this class: a failure inside class
   * initialisation would reach the caller as {@code ExceptionInInitializerError} rather than as the
   * library's message.
   */
  private static final class Holder {
    static final PrincipleFramework GUIDE = load("guide.json");
    static final PrincipleFramework DUNEANE = load("duneane.json");
    static final PrincipleFramework PATHWAY = load("pathway.json");
    static final List<PrincipleFramework> ALL = List.of(GUIDE, DUNEANE, PATHWAY);
  }

  /**
   * The national guide's four principles: equality, diversity, accessibility and reciprocity
   * (principle ids {@code equality}, {@code diversity}, {@code accessibility}, {@code
   * reciprocity}). The default framework for reporting.
   *
   * @return the framework with id {@code guide}
   */
  public static PrincipleFramework guide() {
    JacksonAnnotations.require();
    return Holder.GUIDE;
  }

  /**
   * The six principles of the Duneane community pilot, which put people's strengths and peer
   * support first (principle ids {@code people-as-assets}, {@code building-on-capabilities}, {@code
   * mutuality-and-reciprocity}, {@code peer-networks}, {@code breaking-down-barriers}, {@code
   * facilitating-not-delivering}).
   *
   * @return the framework with id {@code duneane}
   */
  public static PrincipleFramework duneane() {
    JacksonAnnotations.require();
    return Holder.DUNEANE;
  }

  /**
   * The four principles of the "You in Mind" mental health care pathway, which speak from the point
   * of view of the person using the service (principle ids {@code know-me}, {@code
   * decide-together}, {@code work-together}, {@code self-management}).
   *
   * @return the framework with id {@code pathway}
   */
  public static PrincipleFramework pathway() {
    JacksonAnnotations.require();
    return Holder.PATHWAY;
  }

  /**
   * Every built-in framework.
   *
   * @return {@code guide}, {@code duneane} and {@code pathway}, in that order, unmodifiable
   */
  public static List<PrincipleFramework> all() {
    JacksonAnnotations.require();
    return Holder.ALL;
  }

  /**
   * Looks up a built-in framework by its id.
   *
   * @param id a framework id such as {@code guide}
   * @return the framework, or empty when no built-in framework has that id
   */
  public static Optional<PrincipleFramework> byId(String id) {
    Objects.requireNonNull(id, "id");
    JacksonAnnotations.require();
    return Holder.ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  private static PrincipleFramework load(String resource) {
    try (InputStream in = PrincipleFrameworks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the library lacks its resource " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Documents.read(reader, PrincipleFramework.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + resource, e);
    } catch (CoProductionException e) {
      throw new IllegalStateException(
          "the built-in " + resource + " is broken: " + e.getMessage(), e);
    }
  }
}
