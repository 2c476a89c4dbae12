package org.coproduction.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;

/**
 * Invariant checks shared by the value types' {@code @Value.Check} methods, so every module words
 * the same problem the same way. Each throws {@link CoProductionException} with a path relative to
 * the value being checked. None of them repeats the offending value unless the caller says the
 * value is safe to show (ids are pseudonymous and safe; free text and sensitive fields are not).
 */
@API(status = INTERNAL)
public final class Checks {
  private Checks() {}

  /** Fails unless {@code value} has some non-blank text. */
  public static void notBlank(String path, String value) {
    if (value.isBlank()) {
      throw CoProductionException.at(path, "must not be blank");
    }
  }

  /**
   * Fails unless {@code value} is a well-formed id: 1 to 64 letters, digits, dots, underscores or
   * hyphens, starting with a letter or digit. The rejected text is not repeated: a malformed id may
   * be a person's real name typed in the wrong place.
   */
  public static void id(String path, String value) {
    if (!isId(value)) {
      throw CoProductionException.at(
          path,
          "must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  /**
   * Whether {@code value} matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked by hand: ids are
   * checked in every value built, often enough for a regular expression to cost. Also for callers
   * that word the problem their own way, such as a line of a locale file.
   */
  public static boolean isId(String value) {
    int length = value.length();
    if (length < 1 || length > 64 || !isIdLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isIdLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Fails when a count, amount or number of days is below zero; the number itself is safe to show.
   */
  public static void notNegative(String path, long value) {
    if (value < 0) {
      throw CoProductionException.at(path, "must be 0 or more, was " + value);
    }
  }

  /** Fails when a number is outside {@code [min, max]}; the number itself is safe to show. */
  public static void between(String path, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw CoProductionException.at(
          path, "must be between " + plain(min) + " and " + plain(max) + ", was " + plain(value));
    }
  }

  /** Fails when a list has nothing in it. */
  public static void notEmpty(String path, Collection<?> values, String what) {
    if (values.isEmpty()) {
      throw CoProductionException.at(path, "must name at least one " + what);
    }
  }

  /**
   * Fails when two elements of {@code items} share an id. The message names the first use by its
   * path, so call this from a document type's own check, where {@code listPath} is already the path
   * from the document's root.
   *
   * @param listPath the path of the list, for example {@code participants}
   * @param idField the name of the id field inside each element, for example {@code id}
   */
  public static <T> void uniqueIds(
      String listPath, String idField, List<T> items, Function<T, String> id) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        throw CoProductionException.at(
            listPath + "[" + i + "]" + (idField.isEmpty() ? "" : "." + idField),
            "duplicate id '" + key + "', already used at index " + first + " of this list");
      }
    }
  }

  /** Fails when a list names the same id twice, for lists of references such as members. */
  public static void noRepeats(String listPath, List<String> ids) {
    uniqueIds(listPath, "", ids, Function.identity());
  }

  /**
   * Fails when {@code id} is not one of {@code known}.
   *
   * @param what what the id should name, for example {@code participant}
   */
  public static void refersTo(String path, String id, Set<String> known, String what) {
    if (!known.contains(id)) {
      throw CoProductionException.at(path, "no " + what + " with id '" + id + "'");
    }
  }

  /** Fails for every element of {@code ids} not in {@code known}, naming the first. */
  public static void allReferTo(String listPath, List<String> ids, Set<String> known, String what) {
    for (int i = 0; i < ids.size(); i++) {
      refersTo(listPath + "[" + i + "]", ids.get(i), known, what);
    }
  }

  /**
   * Fails unless every element of a list of references is a well-formed id and none is repeated,
   * for lists such as a body's members or a meeting's attendees. Checking the form first keeps a
   * malformed entry (perhaps a real name) out of later "no participant with id" messages.
   */
  public static void idList(String listPath, List<String> ids) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String path = listPath + "[" + i + "]";
      id(path, ids.get(i));
      Integer first = seen.putIfAbsent(ids.get(i), i);
      if (first != null) {
        // An index, not a path: the list may sit inside a value whose own path is not known here.
        throw CoProductionException.at(
            path, "'" + ids.get(i) + "' is listed twice, first at index " + first);
      }
    }
  }

  /**
   * Fails unless {@code value} comes strictly after {@code bound}, such as a meeting's end after
   * its start. Both values are shown, so use it only for values that are safe to show: times and
   * dates, not free text.
   *
   * @param boundName the name of the field that holds {@code bound}, for example {@code start}
   */
  public static <T extends Comparable<? super T>> void after(
      String path, T value, T bound, String boundName) {
    if (value.compareTo(bound) <= 0) {
      throw CoProductionException.at(
          path, "must be after " + boundName + " (" + bound + "), was " + value);
    }
  }

  /** Shows 3.0 as 3 and 0.25 as 0.25, the way people write numbers. */
  public static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
