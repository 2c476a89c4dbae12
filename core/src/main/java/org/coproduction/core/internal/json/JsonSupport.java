package org.coproduction.core.internal.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.type.LogicalType;

/**
 * The one strict Jackson mapper behind {@link org.coproduction.core.Documents}, and the translation
 * of Jackson's errors into {@link CoProductionException} with a JSON path.
 */
@API(status = INTERNAL)
public final class JsonSupport {
  /**
   * A document longer than this is refused: 16 MiB (16,777,216 characters, or bytes in a file,
   * which is refused before it is read). Reading one was measured to need at most 139 MiB of heap
   * at this size (an evaluation written without spaces, about 8.4 bytes of heap per byte), so 256
   * MB of heap reads the largest with room to spare; see the README's "Documents and errors" for
   * the measurement. In a sequence of documents read one at a time, each element may be this long.
   */
  public static final long MAX_DOCUMENT_CHARS = 16L * 1024 * 1024;

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

  /**
   * The limits on what one parser reads, for the library's mappers and for a host's.
   *
   * @param maxDocumentChars the most characters, or -1 for no limit
   * @param maxNestingDepth the deepest nesting of lists and objects
   * @return the limits, with the library's limits on strings, names and numbers
   */
  public static StreamReadConstraints limits(long maxDocumentChars, int maxNestingDepth) {
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
        // Dates, times and hours only as text written exactly; names and sets exactly too.
        .addModule(StrictTimeDeserializer.module())
        .addModule(
            new SimpleModule("coproduction-strict-values")
                .setDeserializerModifier(new StrictValues()))
        .withCoercionConfig(
            LogicalType.Collection,
            c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
  }

  /**
   * Turns anything Jackson throws while reading into the library's exception. Values from the
   * document are never copied into the message: any field may hold sensitive text.
   *
   * @param e what Jackson threw
   * @param what the document type's name, for messages about the whole document
   * @return the library's exception, with the path of the problem
   */
  public static CoProductionException translate(JacksonException e, String what) {
    return translate(e, what, null);
  }

  /**
   * As {@link #translate(JacksonException, String)}, with the parser that was reading: a broken
   * limit then gets the path and the line where the parser stopped, which Jackson does not give.
   *
   * @param e what Jackson threw
   * @param what the document type's name, for messages about the whole document
   * @param parser the parser that was reading, or null when it is not known
   * @return the library's exception, with the path of the problem
   */
  public static CoProductionException translate(
      JacksonException e, String what, JsonParser parser) {
    String path = path(e.getPath());
    if (e instanceof ReadProblem p) {
      return CoProductionException.at(path, p.problem());
    }
    if (e instanceof StreamConstraintsException) {
      return Limits.broken(e, what, parser);
    }
    if (e instanceof InputCoercionException c) {
      // Valid JSON, but a number too large for its field: say which field, as for any wrong value.
      return CoProductionException.at(path, "must be " + ValueWords.range(c.getTargetType()));
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
      String type = typeName(e);
      return CoProductionException.at(path, "cannot be read as " + article(type) + " " + type);
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
          path, "wrong kind of value: expected " + ValueWords.expected(mi.getTargetType()));
    }
    if (e instanceof InvalidDefinitionException) {
      // A type the library cannot build is a programming error: Jackson's words help its author.
      return CoProductionException.at(
          path, "cannot be read: " + e.getOriginalMessage().split("\n")[0]);
    }
    // Jackson's own words may quote the document, so they are never shown.
    return CoProductionException.at(path, "cannot be read: this is not the kind of value expected");
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
   * The problem of a document longer than a limit, which is refused as a whole.
   *
   * @param what the document type's name, such as {@code initiative document}
   * @param maxChars the most characters allowed
   * @return for example {@code the initiative document is longer than 16,777,216 characters, too
   *     large to read safely}
   */
  public static String tooLong(String what, long maxChars) {
    return "the "
        + what
        + " is longer than "
        + Limits.number(maxChars)
        + " characters, too large"
        + " to read safely";
  }

  /**
   * The problem of a file larger than {@link #MAX_DOCUMENT_CHARS} bytes, found before it is read.
   *
   * @param what the document type's name, such as {@code evaluation document}
   * @param bytes the file's size
   * @return for example {@code the file has 70,254,112 bytes, more than the 16 MiB (16,777,216
   *     bytes) an evaluation document may have}
   */
  public static String fileTooLarge(String what, long bytes) {
    return "the file has "
        + Limits.number(bytes)
        + " bytes, more than the "
        + MAX_DOCUMENT_CHARS / (1024 * 1024)
        + " MiB ("
        + Limits.number(MAX_DOCUMENT_CHARS)
        + " bytes) "
        + article(what)
        + " "
        + what
        + " may have";
  }

  /**
   * The problem of lists and objects nested deeper than {@link #MAX_NESTING_DEPTH}.
   *
   * @return the words, to which a caller adds where
   */
  public static String tooDeep() {
    return "lists and objects are nested more than "
        + MAX_NESTING_DEPTH
        + " deep here, too deep"
        + " to read safely";
  }

  /**
   * Where a parser stands, for a message.
   *
   * @param parser the parser
   * @return where the token being read starts, for example {@code (at line 3, column 9)}, or empty
   *     when it is not known
   */
  public static String at(JsonParser parser) {
    return Limits.at(parser.currentTokenLocation());
  }

  /**
   * The path of the value a parser is reading, such as {@code meetings[2].notes}.
   *
   * @param parser the parser
   * @return the path, empty at the top
   */
  public static String pathOf(JsonParser parser) {
    return Limits.path(parser.streamReadContext(), true);
  }

  /**
   * Reads the tree of one document, refusing text after it, with every error translated.
   *
   * @param json the document, which is read to its end
   * @param what the document type's name, such as {@code initiative document}
   * @return the tree, or a missing node when the input holds only whitespace
   * @throws CoProductionException when the text is not valid JSON or breaks a limit
   * @throws UncheckedIOException when the reader fails
   */
  public static JsonNode readTree(Reader json, String what) {
    JsonMapper mapper = mapper();
    try (JsonParser parser = mapper.createParser(json)) {
      JsonNode tree;
      try {
        tree = mapper.readTree(parser);
      } catch (JacksonException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw translate(e, what, parser);
      }
      try {
        if (parser.nextToken() == null) {
          return tree == null ? MissingNode.getInstance() : tree;
        }
      } catch (JacksonException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        // Anything else after the document, even text that is not JSON, is more content.
      }
      throw CoProductionException.at(
          where(parser.currentTokenLocation()),
          "not valid JSON: more content after the end of the document");
    }
  }

  /**
   * The problem of a field named twice in one object, in the words a syntax error gets, for a
   * reader whose parser does not look for it.
   *
   * @param line the line of the second name
   * @param column the column just after the second name, where a parser reports it
   * @return the library's exception, with the line and column
   */
  public static CoProductionException fieldTwice(int line, int column) {
    return CoProductionException.at(
        "line " + line + ", column " + column,
        "not valid JSON: " + SyntaxWords.of("Duplicate Object property"));
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

  private static String where(TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String syntax(JacksonException e) {
    return SyntaxWords.of(e.getOriginalMessage());
  }

  /**
   * The names of a fixed list, as a message gives them: {@code YES, PARTLY or NO}.
   *
   * @param type an enum
   * @return its names in order
   */
  static String names(Class<?> type) {
    return enumValues(type);
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
        ? words(v.getType().getRawClass().getSimpleName().replace("Immutable", ""))
        : "value";
  }

  /** A type's name as words: {@code ReviewRound} becomes {@code review round}. */
  private static String words(String camelCase) {
    return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The indefinite article for a noun.
   *
   * @param noun a noun in words
   * @return {@code an} before a vowel, otherwise {@code a}
   */
  public static String article(String noun) {
    return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
  }
}
