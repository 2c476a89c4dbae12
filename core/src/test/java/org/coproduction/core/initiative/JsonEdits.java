package org.coproduction.core.initiative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small edits to JSON text by JSON Pointer, for building invalid documents from valid ones. */
final class JsonEdits {
  private JsonEdits() {}

  /** The golden initiative's text. */
  static String golden() {
    try (InputStream in = JsonEdits.class.getResourceAsStream("/golden/initiative.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sets the value at {@code pointer} (such as {@code /meetings/2/noticeDays}); null writes JSON
   * null.
   */
  static String set(String json, String pointer, Object value) {
    JsonNode root = JsonSupport.mapper().readTree(json);
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    JsonNode node = JsonSupport.mapper().valueToTree(value);
    if (node == null) {
      node = JsonSupport.mapper().nullNode();
    }
    if (parent instanceof ObjectNode o) {
      o.set(p.last().getMatchingProperty(), node);
    } else {
      ((ArrayNode) parent).set(p.last().getMatchingIndex(), node);
    }
    return JsonSupport.mapper().writeValueAsString(root);
  }

  /** Appends a value to the array at {@code pointer}. */
  static String append(String json, String pointer, Object value) {
    JsonNode root = JsonSupport.mapper().readTree(json);
    ((ArrayNode) root.at(pointer)).add(JsonSupport.mapper().<JsonNode>valueToTree(value));
    return JsonSupport.mapper().writeValueAsString(root);
  }

  /** The JSON value at {@code pointer}, as a tree. */
  static JsonNode at(String json, String pointer) {
    return JsonSupport.mapper().readTree(json).at(pointer);
  }

  /** Removes the field at {@code pointer}. */
  static String remove(String json, String pointer) {
    JsonNode root = JsonSupport.mapper().readTree(json);
    JsonPointer p = JsonPointer.compile(pointer);
    ((ObjectNode) root.at(p.head())).remove(p.last().getMatchingProperty());
    return JsonSupport.mapper().writeValueAsString(root);
  }
}
