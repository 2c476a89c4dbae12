package org.coproduction.core.internal.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;

/**
 * Checks, before the library's Jackson 3 is first used, that the Jackson annotations on the class
 * path are new enough for it.
 *
 * <p>Jackson 2 and 3 share one artifact, {@code com.fasterxml.jackson.core:jackson-annotations}. In
 * an application built on Jackson 2 (Spring Boot 3, for one), Maven keeps the application's older
 * version, and Jackson 3 then fails deep inside with {@code NoClassDefFoundError}. This check turns
 * that into a {@link CoProductionException} that names the version found, the one needed and what
 * to add. The README's "Embedding it" section says the same.
 */
@API(status = INTERNAL)
public final class JacksonAnnotations {
  /**
   * The annotations version this library's Jackson 3 is built against: the one {@code
   * tools.jackson:jackson-bom} names. A test compares it with the version the build resolves.
   */
  public static final String REQUIRED = "2.22";

  /**
   * Classes that Jackson 3 needs and older annotations lack, newest first: {@code JsonApplyView}
   * came in 2.22, {@code JsonSerializeAs} in 2.21.
   */
  private static final String[] NEEDED_CLASSES = {
    "com.fasterxml.jackson.annotation.JsonApplyView",
    "com.fasterxml.jackson.annotation.JsonSerializeAs"
  };

  private static final String POM_PROPERTIES =
      "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";

  /** Worked out once: the class path does not change while the JVM runs. */
  private static final Optional<String> PROBLEM = problem(found(), allPresent());

  private JacksonAnnotations() {}

  /**
   * Throws unless the annotations are new enough. Cheap after the first call.
   *
   * @throws CoProductionException naming the version found and the one needed
   */
  public static void require() {
    if (PROBLEM.isPresent()) {
      throw CoProductionException.of(PROBLEM.get());
    }
  }

  /**
   * What is wrong with the annotations found, if anything.
   *
   * @param found the version found, empty when it cannot be told
   * @param classesPresent whether every class Jackson 3 needs is there
   * @return the problem in words, or empty when the annotations will do
   */
  static Optional<String> problem(Optional<String> found, boolean classesPresent) {
    boolean tooOld = found.map(v -> compare(v, REQUIRED) < 0).orElse(false);
    if (classesPresent && !tooOld) {
      return Optional.empty();
    }
    return Optional.of(
        "Jackson's annotations (com.fasterxml.jackson.core:jackson-annotations) on the class path"
            + " are version "
            + found.orElse("unknown")
            + ", but this library's Jackson 3 needs "
            + REQUIRED
            + " or newer. An application that also uses Jackson 2 keeps its own older version:"
            + " manage jackson-annotations at "
            + REQUIRED
            + " in its build (see the README of coproduction, \"Embedding it\").");
  }

  /**
   * Compares two dotted version numbers by their numeric parts, so {@code 2.9} is older than {@code
   * 2.22}; a qualifier such as {@code -rc1} is ignored.
   *
   * @return below 0, 0 or above 0 as {@code a} is older than, the same as or newer than {@code b}
   */
  static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int number(String[] parts, int i) {
    if (i >= parts.length || !parts[i].matches("\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(parts[i]);
  }

  private static boolean allPresent() {
    ClassLoader loader = JsonInclude.class.getClassLoader();
    for (String name : NEEDED_CLASSES) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
    return true;
  }

  /**
   * The version of the annotations in use: from the jar's manifest on the class path, from the
   * module's descriptor on the module path, or from the Maven metadata inside the jar.
   *
   * @return the version, or empty when none of these says
   */
  static Optional<String> found() {
    String fromManifest = JsonInclude.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return Optional.of(fromManifest);
    }
    Optional<String> fromModule =
        Optional.ofNullable(JsonInclude.class.getModule().getDescriptor())
            .flatMap(ModuleDescriptor::rawVersion);
    if (fromModule.isPresent()) {
      return fromModule;
    }
    try (InputStream in = JsonInclude.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in);
      return Optional.ofNullable(p.getProperty("version"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
