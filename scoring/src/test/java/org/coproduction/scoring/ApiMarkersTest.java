package org.coproduction.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every type a consumer can reach says how stable it is ({@link API}), and every exported package
 * says that nothing in it is null unless marked ({@link NullMarked}), so a new public type or
 * package cannot ship without saying so. The types are read from this module's own classes, not
 * from the tests patched into it.
 */
class ApiMarkersTest {

  private static final Module MODULE = Scoring.class.getModule();

  @Test
  void everyPublicTypeInAnExportedPackageSaysHowStableItIs() {
    List<Class<?>> types = reachableTypes(exportedPackages(false));
    assertFalse(types.isEmpty(), "no public types found in " + MODULE.getName());
    List<String> unmarked =
        types.stream().filter(c -> !c.isAnnotationPresent(API.class)).map(Class::getName).toList();
    assertEquals(List.of(), unmarked, "public types without @API");
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    Set<String> packages = exportedPackages(false);
    assertFalse(packages.isEmpty(), MODULE.getName() + " exports no package");
    List<String> unmarked =
        packages.stream().filter(p -> !isNullMarked(p)).sorted().collect(Collectors.toList());
    assertEquals(List.of(), unmarked, "exported packages without @NullMarked in package-info");
  }

  /** The packages this module exports to everybody, or only to named modules when qualified. */
  private static Set<String> exportedPackages(boolean qualified) {
    ModuleDescriptor descriptor =
        Objects.requireNonNull(MODULE.getDescriptor(), "tests must run on the module path");
    return descriptor.exports().stream()
        .filter(e -> e.isQualified() == qualified)
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static boolean isNullMarked(String packageName) {
    Class<?> info = Class.forName(MODULE, packageName + ".package-info");
    return info != null && info.isAnnotationPresent(NullMarked.class);
  }

  /** Public types, nested ones included, whose enclosing types are public too. */
  private static List<Class<?>> reachableTypes(Set<String> packages) {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> c : mainClasses()) {
      if (packages.contains(c.getPackageName()) && c.getEnclosingClass() == null) {
        addReachable(c, found);
      }
    }
    return found;
  }

  private static void addReachable(Class<?> c, List<Class<?>> found) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return;
    }
    found.add(c);
    for (Class<?> nested : c.getDeclaredClasses()) {
      addReachable(nested, found);
    }
  }

  /** The classes of this module's main code: the tests patched into the module are left out. */
  private static List<Class<?>> mainClasses() {
    URL main = codeSource(Scoring.class);
    try (ModuleReader reader =
            MODULE
                .getLayer()
                .configuration()
                .findModule(MODULE.getName())
                .orElseThrow()
                .reference()
                .open();
        Stream<String> entries = reader.list()) {
      return entries
          .filter(e -> e.endsWith(".class") && !e.contains("$") && !e.endsWith("-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .map(name -> Class.forName(MODULE, name))
          .filter(Objects::nonNull)
          .filter(c -> main.equals(codeSource(c)))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL codeSource(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }
}
