package org.coproduction.core.internal.json;

/** What a field expects, in words for the person who wrote the document rather than Java's. */
final class ValueWords {
  private ValueWords() {}

  /** The range of a whole-number field, for a number too large for it. */
  static String range(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number between minus and plus 2,147,483,647 (about 2 billion)";
    }
    if (type == long.class || type == Long.class) {
      return "a whole number between minus and plus 9,223,372,036,854,775,807 (about 9 billion"
          + " billion)";
    }
    if (type == short.class || type == Short.class) {
      return "a whole number between minus and plus 32,767";
    }
    return "a smaller number";
  }

  /** The kind of value a field holds, for a value of the wrong kind. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }
}
