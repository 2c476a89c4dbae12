package org.coproduction.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.core.CoProductionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one strict Jackson mapper behind {@link org.coproduction.core.Documents}, and the translation
 * of Jackson's errors into {@link CoProductionException} with a JSON path.
 */
public final class JsonSupport {
  /**
   * A document larger than this is refused before it is read: 64 MiB. In a sequence of documents
   * read one at a time, each element may be this long.
   */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;

  /** Objects and arrays nested deeper than this are refused; real documents nest fewer than 10. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** A single string longer than this is refused: 100,000 characters. */
  public static final int MAX_STRING_CHARS = 100_000;

  /** A field name longer than this is refused. */
  public static final int MAX_NAME_CHARS = 200;

  /** A number written with more digits than this is refused. */
  public static final int MAX_NUMBER_DIGITS = 100;

  /** Jackson's setting for no limit on the length of the input. */
  private static final long UNLIMITED = -1;

  private JsonSupport() {}

  /**
   * The shared mapper; thread-safe.
   *
   * @throws CoProductionException if Jackson's annotations on the class path are too old
   */
  public static JsonMapper mapper() {
    JacksonAnnotations.require();
    return Single.MAPPER;
  }

  /**
   * Built on first use, after {@link JacksonAnnotations#require()}: building a mapper on too old
   * annotations fails with {@code NoClassDefFoundError} inside Jackson.
   */
  private static final class Single {
    static final JsonMapper MAPPER = strict(limits(MAX_DOCUMENT_CHARS, MAX_NESTING_DEPTH)).build();
  }

  /**
   * The mapper for a sequence of documents in one input, which may be far longer than one document
   * may be. It has no limit on the length of the whole input: the caller counts the characters of
   * each element instead. It allows one more level of nesting, for the array that may hold the
   * elements, so the caller checks the nesting of each element too. It leaves the source open and
   * does not look for content after a value, which is the next element.
   *
   * @return the shared mapper for sequences; thread-safe
   */
  public static JsonMapper sequenceMapper() {
    JacksonAnnotations.require();
    return Sequences.MAPPER;
  }

  /**
   * Writes a value without indentation, in the same field order as {@link #mapper()}.
   *
   * @return the shared writer; thread-safe
   */
  public static ObjectWriter compactWriter() {
    JacksonAnnotations.require();
    return Sequences.COMPACT;
  }

  /** Built on first use, so that reading one document does not pay for it. */
  private static final class Sequences {
    static final JsonMapper MAPPER =
        strict(limits(UNLIMITED, MAX_NESTING_DEPTH + 1))
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    static final ObjectWriter COMPACT =
        Single.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  }

  private static StreamReadConstraints limits(long maxDocumentChars, int maxNestingDepth) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentChars)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(MAX_STRING_CHARS)
        .maxNameLength(MAX_NAME_CHARS)
        .maxNumberLength(MAX_NUMBER_DIGITS)
        .build();
  }

  private static JsonMapper.Builder strict(StreamReadConstraints limits) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits).build();
    return JsonMapper.builder(factory)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        // Empty optionals are left out rather than written as null; null is never accepted.
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        // "3" is not 3 and "true" is not true: a typed document says what it means.
        .withCoercionConfig(
            LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // A bare number is not a date: Jackson would read 20000 as a day count from 1970.
        .withCoercionConfig(
            LogicalType.DateTime,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .addModule(
            new SimpleModule("coproduction-strict-time")
                .addDeserializer(Duration.class, new StrictDurationDeserializer()))
        .withCoercionConfig(
            LogicalType.Collection,
            c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
  }

  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  /**
   * Turns anything Jackson throws while reading into the library's exception. Values from the
   * document are never copied into the message: any field may hold sensitive text.
   *
   * @param e what Jackson threw
   * @param what the document type's name, for messages about the whole document
   * @return the library's exception, with the path of the problem
   */
  public static CoProductionException translate(JacksonException e, String what) {
    String path = path(e.getPath());
    if (e instanceof StreamConstraintsException) {
      return CoProductionException.at(path, tooLarge(what, limitName(e)));
    }
    if (e instanceof InputCoercionException c) {
      // Valid JSON, but a number too large for its field: say which field, as for any wrong value.
      return CoProductionException.at(path, "must be " + range(c.getTargetType()));
    }
    if (isSyntaxError(e)) {
      return CoProductionException.at(where(e.getLocation()), "not valid JSON: " + syntax(e));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known =
          u.getKnownPropertyIds() == null
              ? ""
              : "; known fields are "
                  + u.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "));
      return CoProductionException.at(path, "unknown field" + known);
    }
    if (e instanceof InvalidNullException) {
      return CoProductionException.at(path, "must not be null");
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return CoProductionException.at(path, "must be one of " + enumValues(f.getTargetType()));
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof CoProductionException)) {
        if (cause instanceof IllegalStateException || cause instanceof NullPointerException) {
          break;
        }
        cause = cause.getCause();
      }
      if (cause instanceof CoProductionException c) {
        return c.within(path);
      }
      if (cause != null && cause.getMessage() != null) {
        Matcher m = MISSING.matcher(cause.getMessage());
        if (m.find()) {
          String first = m.group(1).split(",")[0].trim();
          return CoProductionException.at(join(path, first), "required field is missing");
        }
      }
      return CoProductionException.at(path, "cannot be read as a " + typeName(e));
    }
    if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      return CoProductionException.at(
          where(e.getLocation()), "not valid JSON: more content after the end of the document");
    }
    if (e instanceof MismatchedInputException mi) {
      if (mi.getTargetType() != null && mi.getTargetType().isEnum()) {
        return CoProductionException.at(path, "must be one of " + enumValues(mi.getTargetType()));
      }
      return CoProductionException.at(
          path, "wrong kind of value: expected " + expected(mi.getTargetType()));
    }
    return CoProductionException.at(
        path, "cannot be read: " + e.getOriginalMessage().split("\n")[0]);
  }

  /**
   * Whether what Jackson threw is an error in the JSON syntax itself, as opposed to a limit, a
   * value of the wrong kind or a broken rule.
   *
   * @param e what Jackson threw
   * @return true for a syntax error, which has a line and column but no path
   */
  public static boolean isSyntaxError(JacksonException e) {
    return e instanceof StreamReadException
        && !(e instanceof StreamConstraintsException)
        && !(e instanceof InputCoercionException);
  }

  /**
   * A syntax error in words that say where it is, for a reader whose path names something else (the
   * element of a sequence), for example {@code not valid JSON at line 3, column 7: Unexpected
   * end-of-input}. Like {@link #translate}, it never copies text from the input.
   *
   * @param e a syntax error, see {@link #isSyntaxError}
   * @return the problem, with the line and column when Jackson knows them
   */
  public static String syntaxProblem(JacksonException e) {
    String where = where(e.getLocation());
    return "not valid JSON" + (where.isEmpty() ? "" : " at " + where) + ": " + syntax(e);
  }

  /**
   * The problem of an input that breaks one of the limits that keep a hostile file from exhausting
   * memory.
   *
   * @param what the document type's name, such as {@code initiative document}
   * @param limit which limit, for example from {@link #longerThan}
   * @return the problem
   */
  public static String tooLarge(String what, String limit) {
    return "the " + what + " is too large or too deeply nested to read safely (" + limit + ")";
  }

  /**
   * The limit on length, in words.
   *
   * @param maxChars the most characters allowed
   * @return for example {@code longer than 67108864 characters}
   */
  public static String longerThan(long maxChars) {
    return "longer than " + maxChars + " characters";
  }

  /**
   * The limit on nesting, in words.
   *
   * @return {@code nested deeper than 64 levels}
   */
  public static String nestedTooDeep() {
    return "nested deeper than " + MAX_NESTING_DEPTH + " levels";
  }

  /** Renders Jackson's path as {@code meetings[2].noticeDays}. */
  public static String path(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String where(TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String syntax(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "unreadable";
    }
    // Jackson quotes the offending token; drop quoted text so no document content is echoed.
    String unquoted = m.split("\n")[0].replaceAll("'[^']*'", "a token");
    return withoutParentheses(unquoted).replaceAll(" {2,}", " ").replace(" :", ":").trim();
  }

  /**
   * Drops parenthesised asides, which may nest: {@code ('{' (code 123))}, or where an unclosed
   * array started, with its own brackets.
   */
  private static String withoutParentheses(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static String limitName(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return nestedTooDeep();
    }
    if (m.contains("String value length")) {
      return "a text is longer than " + MAX_STRING_CHARS + " characters";
    }
    if (m.contains("Document length")) {
      return longerThan(MAX_DOCUMENT_CHARS);
    }
    if (m.contains("Name length")) {
      return "a field name is longer than " + MAX_NAME_CHARS + " characters";
    }
    if (m.contains("Number value length")) {
      return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
    }
    return "a limit was exceeded";
  }

  private static String range(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (type == long.class || type == Long.class) {
      return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    return "a smaller number";
  }

  private static String enumValues(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < constants.length; i++) {
      if (i > 0) {
        sb.append(i == constants.length - 1 ? " or " : ", ");
      }
      sb.append(((Enum<?>) constants[i]).name());
    }
    return sb.toString();
  }

  private static String typeName(JacksonException e) {
    return e instanceof ValueInstantiationException v && v.getType() != null
        ? v.getType().getRawClass().getSimpleName().replace("Immutable", "")
        : "value";
  }

  private static String expected(Class<?> type) {
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
    if (type.getName().startsWith("java.time.")) {
      return "an ISO-8601 " + type.getSimpleName() + " such as " + timeExample(type);
    }
    return "an object";
  }

  private static String timeExample(Class<?> type) {
    switch (type.getSimpleName()) {
      case "LocalDate":
        return "2026-03-14";
      case "LocalTime":
        return "10:30";
      case "Duration":
        return "PT2H30M";
      case "Instant":
        return "2026-03-14T10:30:00Z";
      default:
        return "in the ISO format";
    }
  }
}
