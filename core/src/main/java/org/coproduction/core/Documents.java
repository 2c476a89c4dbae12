package org.coproduction.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way in and out of JSON for every document the library knows: principle frameworks,
 * initiatives, ledgers, and the checklist and scoring documents of the other modules. {@code read}
 * reads one document from a string, a reader or a file; {@code readAll} reads many documents of one
 * type from one large input (a JSON array, or JSON lines), one at a time, as a stream.
 *
 * <p>Reading is strict, because a silently misread evaluation is worse than a refused one: an
 * unknown field, a missing required field, a value of the wrong kind, a name outside a fixed list,
 * a broken invariant (such as negative hours) or a reference to an id that does not exist all fail
 * with {@link CoProductionException}, whose message names the JSON path, for example {@code
 * meetings[2].noticeDays: must be 0 or more, was -3}. Messages never echo text from the document,
 * so they are safe to log. Every document starts with {@code "schemaVersion"}; another version than
 * the one this release writes is refused. Size limits keep a hostile file from exhausting memory:
 * 16 MiB for a document (a file larger than that is refused before it is read), nesting 64 deep,
 * 100,000 characters in one string. When {@code readAll} reads many documents from one input, the
 * limits apply to each of them, not to the input.
 *
 * <p>Writing is deterministic: the same value always gives the same text, indented, fields in a
 * fixed order, empty optional fields left out. {@code writeLines} writes many documents the same
 * way, one a line without indentation.
 *
 * <p>All methods are thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Documents {
  private Documents() {}

  /**
   * The largest document the readers accept, in characters of text or bytes of a file: 16 MiB. 256
   * MB of heap can always read a document of this size (the README's "Documents and errors" says
   * how that was measured); anything larger is refused before it is read. A file of many documents
   * ({@link #readAll(Path, Class)}) applies the limit to each document in it.
   */
  public static final long MAX_DOCUMENT_SIZE = JsonSupport.MAX_DOCUMENT_CHARS;

  /**
   * Reads a document from JSON text.
   *
   * @param json the document
   * @param type the document type, such as {@code Initiative.class}
   * @param <T> the document type
   * @return the document, with every invariant checked
   * @throws CoProductionException when the text is not a valid document of that type
   */
  public static <T extends Document> T read(String json, Class<T> type) {
    // The reader skips a byte-order mark at the start.
    return read(new StringReader(json), type);
  }

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param json the document
   * @param type the document type
   * @param <T> the document type
   * @return the document, with every invariant checked
   * @throws CoProductionException when the text is not a valid document of that type
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static <T extends Document> T read(Reader json, Class<T> type) {
    DocumentType meta = meta(type);
    JsonNode tree = JsonSupport.readTree(withoutByteOrderMark(json), meta.name() + " document");
    return bind(tree, type, meta);
  }

  /**
   * Reads a document from a UTF-8 file. A file larger than 16 MiB is refused before any of it is
   * read, so that a file too large for memory fails at once with a clear message rather than after
   * a long wait with an {@code OutOfMemoryError}.
   *
   * @param file the file
   * @param type the document type
   * @param <T> the document type
   * @return the document, with every invariant checked
   * @throws CoProductionException when the file is too large or not a valid document of that type
   * @throws IOException when the file cannot be opened or read
   */
  public static <T extends Document> T read(Path file, Class<T> type) throws IOException {
    long bytes = Files.size(file);
    if (bytes > JsonSupport.MAX_DOCUMENT_CHARS) {
      throw CoProductionException.of(
          JsonSupport.fileTooLarge(meta(type).name() + " document", bytes));
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, type);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads many documents of one type from a single input, one at a time, for files too large to
   * hold in memory: a national data set, or every answer from a year's surveys (a million response
   * sets). The input holds either
   *
   * <ul>
   *   <li>one JSON array whose elements are the documents: {@code [{...}, {...}]}, or
   *   <li>the documents one after another, separated by whitespace: one a line (JSON lines), or
   *       indented documents such as {@link #write(Document)} gives, simply concatenated.
   * </ul>
   *
   * <p>The first character that is not whitespace decides which: {@code [} means an array. An empty
   * input, one of only whitespace and {@code []} all give an empty stream. A byte-order mark at the
   * start is skipped, as by {@link #read(Reader, Class)}.
   *
   * <p>The stream is lazy: it reads an element only when it is asked for the next one, and holds
   * only that element, so memory stays small however long the input is. Each element is read as
   * {@link #read(Reader, Class)} reads one document, with the same strict checks and the same
   * limits (16 MiB, nesting 64 deep, 100,000 characters in one string); the limits apply to each
   * element, and the input as a whole may be longer.
   *
   * <p>When the stream reaches an element it cannot read, it throws {@link CoProductionException}
   * and ends; the elements before were already delivered. The element's index (from 0) starts the
   * path, and a problem with its content ends with the line where the element starts, for example
   * {@code [3].answers[2].comment: must not be blank (element starts on line 4)}. A syntax error
   * (an array not closed, text between or after the documents) instead says its own line and
   * column, with the index of the element being read, for example {@code [2]: not valid JSON at
   * line 3, column 1: the text ends before a list is closed: a ] is missing}. Messages never echo
   * text from the input.
   *
   * <p>Closing the stream does not close the reader: whoever opened it closes it. The stream is
   * read in order and not in parallel.
   *
   * @param json the documents
   * @param type the document type, such as {@code ResponseSet.class}
   * @param <T> the document type
   * @return the documents in the order of the input, each with every invariant checked
   * @throws CoProductionException from the stream's operations, when it reaches an element that is
   *     not a valid document of that type or text that is not valid JSON
   * @throws UncheckedIOException from the stream's operations, when the reader fails
   */
  public static <T extends Document> Stream<T> readAll(Reader json, Class<T> type) {
    return readAll(json, type, JsonSupport.MAX_DOCUMENT_CHARS);
  }

  /** {@link #readAll(Reader, Class)} with another limit on the length of one element. */
  static <T extends Document> Stream<T> readAll(Reader json, Class<T> type, long maxElementChars) {
    DocumentSequence<T> sequence = new DocumentSequence<>(json, type, meta(type), maxElementChars);
    return StreamSupport.stream(sequence, false).onClose(sequence::close);
  }

  /**
   * Reads many documents of one type from a UTF-8 file, one at a time: a JSON array of documents or
   * documents one after another, as {@link #readAll(Reader, Class)} describes, with its limits per
   * element and its errors. The stream holds the file open until it is closed, so use it in a
   * try-with-resources statement:
   *
   * <pre>{@code
   * try (Stream<ResponseSet> sets = Documents.readAll(file, ResponseSet.class)) {
   *   sets.forEach(set -> ...);
   * }
   * }</pre>
   *
   * @param file the file
   * @param type the document type, such as {@code ResponseSet.class}
   * @param <T> the document type
   * @return the documents in the order of the file; closing it closes the file
   * @throws IOException when the file cannot be opened
   * @throws CoProductionException from the stream's operations, when it reaches an element that is
   *     not a valid document of that type or text that is not valid JSON
   * @throws UncheckedIOException from the stream's operations, when the file cannot be read
   */
  public static <T extends Document> Stream<T> readAll(Path file, Class<T> type)
      throws IOException {
    DocumentType meta = meta(type);
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    DocumentSequence<T> sequence =
        new DocumentSequence<>(reader, type, meta, JsonSupport.MAX_DOCUMENT_CHARS);
    return StreamSupport.stream(sequence, false)
        .onClose(
            () -> {
              try (reader) {
                sequence.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Writes a document as JSON text, starting with its {@code schemaVersion}.
   *
   * @param document the document
   * @return indented JSON ending in a newline
   */
  public static String write(Document document) {
    return JsonSupport.mapper().writeValueAsString(tree(document)) + "\n";
  }

  /**
   * Writes a document as JSON text to a character stream, which is not closed.
   *
   * @param document the document
   * @param out where to write
   * @throws IOException when the stream cannot be written
   */
  public static void write(Document document, Writer out) throws IOException {
    out.write(write(document));
  }

  /**
   * Writes documents one a line (JSON lines), for large files that {@link #readAll(Path, Class)}
   * reads back one at a time. Each document is written as {@link #write(Document)} writes it, in
   * the same field order but without indentation, followed by {@code \n}. The writer is neither
   * flushed nor closed. To write a {@code Stream} without collecting it, pass {@code
   * stream::iterator}.
   *
   * @param documents the documents, in the order to write them; they may be of different types,
   *     although {@code readAll} reads one type at a time
   * @param out where to write
   * @param <T> the document type, or {@code Document} for a mix of types
   * @throws IOException when the stream cannot be written
   */
  public static <T extends Document> void writeLines(Iterable<T> documents, Writer out)
      throws IOException {
    for (Document document : documents) {
      out.write(JsonSupport.compactWriter().writeValueAsString(tree(document)));
      out.write('\n');
    }
  }

  /**
   * The schema version this release reads and writes for a document type.
   *
   * @param type the document type
   * @return the version
   */
  public static int schemaVersion(Class<? extends Document> type) {
    return meta(type).schemaVersion();
  }

  /** The document as a tree, {@code schemaVersion} first; for one document and for the module. */
  static ObjectNode tree(Document document) {
    DocumentType meta = meta(document.getClass());
    ObjectNode body = JsonSupport.mapper().valueToTree(document);
    ObjectNode out = JsonSupport.mapper().createObjectNode();
    out.put("schemaVersion", meta.schemaVersion());
    out.setAll(body);
    return out;
  }

  /** Checks the schema version and binds the tree; for one document and each of a sequence. */
  static <T extends Document> T bind(JsonNode tree, Class<T> type, DocumentType meta) {
    String a = JsonSupport.article(meta.name()) + " " + meta.name() + " document";
    if (tree.isMissingNode()) {
      throw empty(meta);
    }
    if (!tree.isObject()) {
      throw CoProductionException.of(a + " must be a JSON object, which starts with {");
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null) {
      throw CoProductionException.at("schemaVersion", "required field is missing");
    }
    if (!version.isInt()) {
      throw CoProductionException.at("schemaVersion", "must be a whole number");
    }
    if (version.intValue() != meta.schemaVersion()) {
      throw CoProductionException.at(
          "schemaVersion",
          "this release reads "
              + meta.name()
              + " documents of schema version "
              + meta.schemaVersion()
              + ", this one is version "
              + version.intValue());
    }
    ((ObjectNode) tree).remove("schemaVersion");
    return bindBody(tree, type, meta.name() + " document");
  }

  /**
   * Binds a value of any library type from a tree without a {@code schemaVersion}: a whole document
   * after {@link #bind} has checked it, or a value inside something else.
   */
  static <T> T bindBody(JsonNode tree, Class<T> type, String what) {
    try {
      return JsonSupport.mapper().treeToValue(tree, type);
    } catch (JacksonException e) {
      throw JsonSupport.translate(e, what);
    }
  }

  /** The problem of an input with nothing in it but white space. */
  static CoProductionException empty(DocumentType meta) {
    return CoProductionException.of(
        "the document is empty: "
            + JsonSupport.article(meta.name())
            + " "
            + meta.name()
            + " document is a JSON object, which starts with {");
  }

  /** Files saved by spreadsheet and text tools often start with a byte-order mark: skip it. */
  static Reader withoutByteOrderMark(Reader json) {
    PushbackReader reader = new PushbackReader(json, 1);
    try {
      int first = reader.read();
      if (first != -1 && first != '\uFEFF') {
        reader.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader;
  }

  static DocumentType meta(Class<?> type) {
    DocumentType meta = type.getAnnotation(DocumentType.class);
    if (meta == null) {
      throw new IllegalArgumentException(
          type.getName() + " is not a document type: it lacks @DocumentType");
    }
    return meta;
  }
}
