package org.coproduction.report;

import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small edits to JSON text by JSON Pointer, for building invalid documents from valid ones. */
final class JsonEdits {
  private JsonEdits() {}

  /** Sets the value at {@code pointer}, such as {@code /responses/2/initiativeId}. */
  static String set(String json, String pointer, Object value) {
    JsonNode root = JsonSupport.mapper().readTree(json);
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    JsonNode node = JsonSupport.mapper().valueToTree(value);
    if (parent instanceof ObjectNode o) {
      o.set(p.last().getMatchingProperty(), node);
    } else {
      ((ArrayNode) parent).set(p.last().getMatchingIndex(), node);
    }
    return JsonSupport.mapper().writeValueAsString(root);
  }

  /** Removes the field at {@code pointer}. */
  static String remove(String json, String pointer) {
    JsonNode root = JsonSupport.mapper().readTree(json);
    JsonPointer p = JsonPointer.compile(pointer);
    ((ObjectNode) root.at(p.head())).remove(p.last().getMatchingProperty());
    return JsonSupport.mapper().writeValueAsString(root);
  }
}
