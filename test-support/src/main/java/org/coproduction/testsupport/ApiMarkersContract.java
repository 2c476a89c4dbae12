package org.coproduction.testsupport;

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
 * package cannot ship without saying so. The types are read from the module's own classes, not from
 * the tests patched into it.
 *
 * <p>Each module's {@code ApiMarkersTest} extends this with one of its own main classes, which
 * names the module; a module that shares packages with its siblings by qualified exports also calls
 * {@link #assertTypesSharedOnlyWithSiblingsAreMarkedInternal()}.
 */
public abstract class ApiMarkersContract {
  private final Module module;
  private final Class<?> anchor;

  /**
   * @param anchor a class of the module's main code
   */
  protected ApiMarkersContract(Class<?> anchor) {
    this.anchor = anchor;
    this.module = anchor.getModule();
  }

  @Test
  void everyPublicTypeInAnExportedPackageSaysHowStableItIs() {
    List<Class<?>> types = reachableTypes(exportedPackages(false));
    assertFalse(types.isEmpty(), "no public types found in " + module.getName());
    List<String> unmarked =
        types.stream().filter(c -> !c.isAnnotationPresent(API.class)).map(Class::getName).toList();
    assertEquals(List.of(), unmarked, "public types without @API");
  }

  @Test
  void everyExportedPackageIsNullMarked() {
    Set<String> packages = exportedPackages(false);
    assertFalse(packages.isEmpty(), module.getName() + " exports no package");
    List<String> unmarked =
        packages.stream().filter(p -> !isNullMarked(p)).sorted().collect(Collectors.toList());
    assertEquals(List.of(), unmarked, "exported packages without @NullMarked in package-info");
  }

  /**
   * Fails unless every public type in the packages exported only to sibling modules is marked
   * {@code @API(status = INTERNAL)}.
   */
  protected final void assertTypesSharedOnlyWithSiblingsAreMarkedInternal() {
    List<Class<?>> types = reachableTypes(exportedPackages(true));
    assertFalse(
        types.isEmpty(), "no public types found in the packages shared with sibling modules");
    List<String> notInternal =
        types.stream()
            .filter(
                c ->
                    !c.isAnnotationPresent(API.class)
                        || c.getAnnotation(API.class).status() != API.Status.INTERNAL)
            .map(Class::getName)
            .toList();
    assertEquals(List.of(), notInternal, "shared internal types without @API(status = INTERNAL)");
  }

  /** The packages the module exports to everybody, or only to named modules when qualified. */
  private Set<String> exportedPackages(boolean qualified) {
    ModuleDescriptor descriptor =
        Objects.requireNonNull(module.getDescriptor(), "tests must run on the module path");
    return descriptor.exports().stream()
        .filter(e -> e.isQualified() == qualified)
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private boolean isNullMarked(String packageName) {
    Class<?> info = Class.forName(module, packageName + ".package-info");
    return info != null && info.isAnnotationPresent(NullMarked.class);
  }

  /** Public types, nested ones included, whose enclosing types are public too. */
  private List<Class<?>> reachableTypes(Set<String> packages) {
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

  /** The classes of the module's main code: the tests patched into the module are left out. */
  private List<Class<?>> mainClasses() {
    URL main = codeSource(anchor);
    try (ModuleReader reader =
            module
                .getLayer()
                .configuration()
                .findModule(module.getName())
                .orElseThrow()
                .reference()
                .open();
        Stream<String> entries = reader.list()) {
      return entries
          .filter(e -> e.endsWith(".class") && !e.contains("$") && !e.endsWith("-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .map(name -> Class.forName(module, name))
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
