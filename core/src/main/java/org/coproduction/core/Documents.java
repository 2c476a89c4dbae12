package org.coproduction.core;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way in and out of JSON for every document the library knows: principle frameworks,
 * initiatives, ledgers, and the checklist and scoring documents of the other modules.
 *
 * <p>Reading is strict, because a silently misread evaluation is worse than a refused one: an
 * unknown field, a missing required field, a value of the wrong kind, a name outside a fixed list,
 * a broken invariant (such as negative hours) or a reference to an id that does not exist all fail
 * with {@link CoProductionException}, whose message names the JSON path, for example {@code
 * meetings[2].noticeDays: must be 0 or more, was -3}. Messages never echo text from the document,
 * so they are safe to log. Every document starts with {@code "schemaVersion"}; another version than
 * the one this release writes is refused. Size limits keep a hostile file from exhausting memory:
 * 64 MiB in all, nesting 64 deep, 100,000 characters in one string.
 *
 * <p>Writing is deterministic: the same value always gives the same text, indented, fields in a
 * fixed order, empty optional fields left out.
 *
 * <p>All methods are thread-safe.
 */
public final class Documents {
  private Documents() {}

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
    DocumentType meta = meta(type);
    JsonNode tree;
    try {
      tree = JsonSupport.mapper().readTree(withoutByteOrderMark(json));
    } catch (JacksonException e) {
      throw JsonSupport.translate(e, meta.name() + " document");
    }
    return bind(tree, type, meta);
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
    JsonNode tree;
    try {
      tree = JsonSupport.mapper().readTree(withoutByteOrderMark(json));
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw JsonSupport.translate(e, meta.name() + " document");
    }
    return bind(tree, type, meta);
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param file the file
   * @param type the document type
   * @param <T> the document type
   * @return the document, with every invariant checked
   * @throws CoProductionException when the file is not a valid document of that type
   * @throws IOException when the file cannot be opened or read
   */
  public static <T extends Document> T read(Path file, Class<T> type) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, type);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
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
   * The schema version this release reads and writes for a document type.
   *
   * @param type the document type
   * @return the version
   */
  public static int schemaVersion(Class<? extends Document> type) {
    return meta(type).schemaVersion();
  }

  private static ObjectNode tree(Document document) {
    DocumentType meta = meta(document.getClass());
    ObjectNode body = JsonSupport.mapper().valueToTree(document);
    ObjectNode out = JsonSupport.mapper().createObjectNode();
    out.put("schemaVersion", meta.schemaVersion());
    out.setAll(body);
    return out;
  }

  private static <T extends Document> T bind(JsonNode tree, Class<T> type, DocumentType meta) {
    if (!tree.isObject()) {
      throw CoProductionException.of(
          article(meta.name()) + " " + meta.name() + " document must be a JSON object");
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
    try {
      return JsonSupport.mapper().treeToValue(tree, type);
    } catch (JacksonException e) {
      throw JsonSupport.translate(e, meta.name() + " document");
    }
  }

  private static String article(String noun) {
    return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
  }

  /** Files saved by spreadsheet and text tools often start with a byte-order mark: skip it. */
  private static String withoutByteOrderMark(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  private static Reader withoutByteOrderMark(Reader json) {
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

  private static DocumentType meta(Class<?> type) {
    DocumentType meta = type.getAnnotation(DocumentType.class);
    if (meta == null) {
      throw new IllegalArgumentException(
          type.getName() + " is not a document type: it lacks @DocumentType");
    }
    return meta;
  }
}
