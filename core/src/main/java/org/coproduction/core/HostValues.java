package org.coproduction.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * What {@link CoProductionJacksonModule} installs in a host's mapper: every value of the library's
 * types is read and written by the library's own strict mapper, the one behind {@link Documents},
 * so a host gets the same rules and messages whatever its own mapper's settings are, and its own
 * types keep its settings.
 */
final class HostValues {
  /** The packages of the library's modules that hold types Jackson reads and writes. */
  private static final List<String> LIBRARY_PACKAGES =
      List.of(
          "org.coproduction.core",
          "org.coproduction.checklist",
          "org.coproduction.scoring",
          "org.coproduction.report");

  private HostValues() {}

  /** Whether a type is one of the library's, rather than the host's. */
  static boolean isLibraryType(Class<?> type) {
    String name = type.getPackageName();
    for (String root : LIBRARY_PACKAGES) {
      if (name.equals(root) || name.startsWith(root + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value about to be read or written, in a context whose parent is {@code outside}, is
   * a whole document: the JSON text itself, or an element of a top-level array, as {@link
   * Documents#read} and {@link Documents#readAll} read them. A document anywhere else is held by
   * something, as an evaluation holds its initiative, and has no {@code schemaVersion}.
   */
  static boolean isWhole(TokenStreamContext outside) {
    return outside.inRoot()
        || (outside.inArray() && outside.getParent() != null && outside.getParent().inRoot());
  }

  /** Finds the library's reader for the library's types. */
  static final class Readers extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      return isLibraryType(type.getRawClass()) ? new Reader<>(type.getRawClass()) : null;
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDesc) {
      return findBeanDeserializer(type, config, beanDesc);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return isLibraryType(type);
    }
  }

  /** Finds the library's writer for the library's types. */
  static final class Writers extends Serializers.Base {
    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDesc,
        com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      return isLibraryType(type.getRawClass()) ? new Writer() : null;
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDesc,
        com.fasterxml.jackson.annotation.JsonFormat.Value formatOverrides) {
      return findSerializer(config, type, beanDesc, formatOverrides);
    }
  }

  /**
   * Reads a value of a library type: copies it from the host's parser, refusing a field named
   * twice, then binds it as {@link Documents} does. A refusal is a Jackson exception, so the host
   * handles it as any other; its message is the library's and its cause the {@link
   * CoProductionException}.
   */
  static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    Reader(Class<T> type) {
      super(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      boolean whole = isWhole(outside(p));
      Class<T> type = (Class<T>) handledType();
      try {
        TokenBuffer copy = copy(p, ctxt);
        try (JsonParser again = copy.asParser(ctxt)) {
          return read(again, type, whole);
        }
      } catch (CoProductionException c) {
        throw DatabindException.from(p, c.getMessage(), c);
      }
    }

    /**
     * Copies the value the parser has reached, refusing a field named twice in one object as {@link
     * Documents} does: the host's parser may not look for that.
     */
    private static TokenBuffer copy(JsonParser p, DeserializationContext ctxt) {
      TokenBuffer copy = ctxt.bufferForInputBuffering(p);
      Deque<Set<String>> names = new ArrayDeque<>();
      int depth = 0;
      if (p.hasToken(JsonToken.PROPERTY_NAME)) {
        // Jackson may hand over an object after its start, at its first field.
        copy.writeStartObject();
        names.push(new HashSet<>());
        depth = 1;
      }
      do {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
          names.push(new HashSet<>());
        } else if (token == JsonToken.END_OBJECT) {
          names.pop();
        } else if (token == JsonToken.PROPERTY_NAME && !names.peek().add(p.currentName())) {
          // Where the reader's parser reports it: just after the second name's closing quote.
          TokenStreamLocation at = p.currentTokenLocation();
          throw JsonSupport.fieldTwice(
              at.getLineNr(), at.getColumnNr() + p.currentName().length() + 2);
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
        copy.copyCurrentEvent(p);
      } while (depth > 0 && p.nextToken() != null);
      return copy;
    }

    private static <T> T read(JsonParser copy, Class<T> type, boolean whole) {
      JsonNode tree = JsonSupport.mapper().readTree(copy);
      if (tree == null) {
        tree = tools.jackson.databind.node.MissingNode.getInstance();
      }
      if (whole && Document.class.isAssignableFrom(type)) {
        Class<? extends Document> document = type.asSubclass(Document.class);
        return type.cast(Documents.bind(tree, document, Documents.meta(type)));
      }
      String what =
          Document.class.isAssignableFrom(type)
              ? Documents.meta(type).name() + " document"
              : "document";
      return Documents.bindBody(tree, type, what);
    }

    /** The context that holds the value the parser has reached. */
    private static TokenStreamContext outside(JsonParser p) {
      TokenStreamContext here = p.streamReadContext();
      return p.isExpectedStartObjectToken()
              || p.isExpectedStartArrayToken()
              || p.hasToken(JsonToken.PROPERTY_NAME)
          ? here.getParent()
          : here;
    }
  }

  /**
   * Writes a value of a library type as {@link Documents} writes it: a whole document with its
   * {@code schemaVersion} first, anything else as the library's mapper writes it. Indentation is
   * the host's.
   */
  static final class Writer extends StdSerializer<Object> {
    Writer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      JsonNode tree =
          value instanceof Document document && isWhole(gen.streamWriteContext())
              ? Documents.tree(document)
              : JsonSupport.mapper().valueToTree(value);
      gen.writeTree(tree);
    }
  }
}
