package org.coproduction.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The library's one exception for anything that breaks the co-production model: a value that breaks
 * an invariant when it is built, or a JSON document that cannot be read.
 *
 * <p>The message always says <em>where</em> and <em>what</em>: {@link #path()} is a JSON-style path
 * to the offending value (for example {@code meetings[2].noticeDays}) and {@link #problem()} says
 * in domain words what is wrong (for example {@code must be 0 or more, was -3}). Messages never
 * repeat a sensitive value such as a person's access needs or membership of a seldom-heard group,
 * so they are safe to log and to show to the person who supplied the file.
 *
 * <p>Its constructors are private: the one subclass, {@link MissingValue}, is what a value's
 * builder throws when a field is left out.
 */
@API(status = STABLE, since = "0.1")
public class CoProductionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, as a JSON path; empty for the whole value. */
  private final String path;

  /** What is wrong, in domain words. */
  private final String problem;

  private CoProductionException(String path, String problem, @Nullable Throwable cause) {
    super(path.isEmpty() ? problem : path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /**
   * A problem found at a path.
   *
   * @param path where the problem is, as a JSON path relative to the value being built or read;
   *     empty for the whole value
   * @param problem what is wrong, in domain words, without any sensitive value
   * @return the exception, ready to throw
   */
  public static CoProductionException at(String path, String problem) {
    return new CoProductionException(
        Objects.requireNonNull(path, "path"), Objects.requireNonNull(problem, "problem"), null);
  }

  /**
   * A problem with the whole value or document rather than one field of it.
   *
   * @param problem what is wrong, in domain words
   * @return the exception, ready to throw
   */
  public static CoProductionException of(String problem) {
    return at("", problem);
  }

  /**
   * The same problem seen from an enclosing value: the path gains {@code parent} in front.
   *
   * @param parent the path of the enclosing field or element, for example {@code meetings[2]}
   * @return a new exception with the longer path and this one as its cause
   */
  public CoProductionException within(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    String joined;
    if (path.isEmpty()) {
      joined = parent;
    } else if (path.startsWith("[")) {
      joined = parent + path;
    } else {
      joined = parent + "." + path;
    }
    return new CoProductionException(joined, problem, this);
  }

  /**
   * The same problem in one element of a sequence of documents: the path gains the element's index
   * in front, and the problem may gain a note on where the element is.
   *
   * @param index the element's index, from 0
   * @param note appended to the problem after a space, or empty for none
   */
  CoProductionException inElement(long index, String note) {
    CoProductionException inner = within("[" + index + "]");
    return note.isEmpty()
        ? inner
        : new CoProductionException(inner.path, problem + " " + note, this);
  }

  /**
   * Where the problem is.
   *
   * @return a JSON path such as {@code meetings[2].noticeDays}, or empty for the whole value
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, in domain words.
   *
   * @return the problem without the path
   */
  public String problem() {
    return problem;
  }

  /**
   * What a value's {@code builder()} throws when a required field was never set, or was set to
   * {@code null}: the field is the {@link #path()}. Catch {@link CoProductionException}, not this.
   *
   * <p>The constructors are for the builders the library generates, which call them through the
   * library's Immutables style; callers never need them.
   */
  @API(status = STABLE, since = "0.1")
  public static final class MissingValue extends CoProductionException {
    private static final long serialVersionUID = 1L;

    /**
     * Required fields that were never set, as the builder lists them. The first names the path; the
     * message is the one a document without the field gets, so a field left out reads the same in
     * Java and in JSON.
     *
     * @param missingFields the names of the fields not set, at least one
     */
    public MissingValue(String... missingFields) {
      super(missingFields.length == 0 ? "" : missingFields[0], "required field is missing", null);
    }

    /**
     * A {@code null} given to a builder, as the builder describes it: {@code id} for a field,
     * {@code meetings element} for an element of a list, {@code hoursByKind value for key: ...} for
     * a value in a map, {@code element}, {@code key} or {@code instance} when no field is named.
     *
     * @param what what the builder was given {@code null} for
     */
    public MissingValue(String what) {
      super(pathOf(what), problemOf(what), null);
    }

    private static String pathOf(String what) {
      if (what.startsWith("Cannot build") || what.startsWith("value for key")) {
        return "";
      }
      int space = what.indexOf(' ');
      if (space > 0) {
        return what.substring(0, space);
      }
      return what.equals("element") || what.equals("key") || what.equals("instance") ? "" : what;
    }

    private static String problemOf(String what) {
      if (what.startsWith("Cannot build")) {
        // Defaults that depend on each other in a cycle: a fault in the library, not in the caller.
        return "cannot be built: its defaults depend on each other";
      }
      if (what.endsWith("element")) {
        return "must not hold a null element";
      }
      if (what.equals("key")) {
        return "must not hold a null key";
      }
      if (what.contains("value for key")) {
        return "must not hold a null value";
      }
      return "must not be null";
    }
  }
}
