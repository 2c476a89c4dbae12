package org.coproduction.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of the JSON Schemas a module ships, loaded from the module's jar and run by a validator that
 * knows nothing of the Java reader, so the tests can hold the schema and the reader to the same
 * answers. Core, checklist, scoring and report check their schemas with it.
 *
 * <p>A reader is any function from a document's text to what it reads, and {@code refusal} the
 * exception it throws when it refuses a document (the library's {@code CoProductionException}); any
 * other exception is a failure of the test, not a refusal.
 */
public final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final String resource;
  private final Schema schema;

  private SchemaCheck(String resource, Schema schema) {
    this.resource = resource;
    this.schema = schema;
  }

  /**
   * Loads a schema from the class path.
   *
   * @param resource an absolute resource name, such as {@code
   *     /org/coproduction/core/json-schema/initiative.schema.json}
   */
  public static SchemaCheck of(String resource) {
    String text = text(resource);
    Schema schema = REGISTRY.getSchema(text, InputFormat.JSON);
    schema.initializeValidators();
    return new SchemaCheck(resource, schema);
  }

  /**
   * The text of a resource: a schema, for checks on the schema itself, or a document.
   *
   * <p>This class sits on the class path, so the modules' packages are closed to it; a resource in
   * one of them (a bundled document) is read from the module's own content, as the module would.
   */
  public static String text(String resource) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    for (ResolvedModule module : ModuleLayer.boot().configuration().modules()) {
      try (ModuleReader reader = module.reference().open()) {
        Optional<InputStream> found = reader.open(name);
        if (found.isPresent()) {
          try (InputStream in = found.get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalArgumentException("no resource " + resource);
  }

  /** Fails unless the schema text is itself a valid draft 2020-12 schema. */
  public static void assertValidSchema(String resource) {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(text(resource), InputFormat.JSON);
    assertEquals(List.of(), messages(errors), resource + " is not a valid 2020-12 schema");
  }

  /** What the schema finds wrong with a document; empty when it accepts it. */
  public List<String> problems(String json) {
    return messages(
        schema.validate(
            json, InputFormat.JSON, c -> c.executionConfig(e -> e.formatAssertionsEnabled(true))));
  }

  /** Fails unless the schema accepts the document. */
  public void assertAccepts(String json) {
    assertEquals(List.of(), problems(json), resource + " refuses a document the reader accepts");
  }

  /**
   * Changes the document everywhere a schema can judge the change, and checks the schema and the
   * reader agree: an unknown field added to any object is refused by both; a blank or a list put in
   * place of any text is refused by the schema exactly when the reader refuses it (SCHEMAS.md: the
   * reader is nowhere more lenient); a field taken away is refused by the schema whenever the
   * reader says it is required, and never refused by the schema alone.
   *
   * @param json a document both accept
   * @param reader reads the document, throwing {@code refusal} when it refuses it
   * @param refusal the exception the reader refuses a document with
   */
  public void assertAgreesWithReaderOnEdits(
      String json, Function<String, ?> reader, Class<? extends RuntimeException> refusal) {
    assertAgreesWithReaderOnEdits(json, reader, refusal, Integer.MAX_VALUE);
  }

  /**
   * As {@link #assertAgreesWithReaderOnEdits(String, Function, Class)}, editing only objects at
   * most {@code depth} steps below the root and their texts: for documents that hold other
   * documents, whose own edits their own module's tests make.
   */
  public void assertAgreesWithReaderOnEdits(
      String json,
      Function<String, ?> reader,
      Class<? extends RuntimeException> refusal,
      int depth) {
    assertAccepts(json);
    JsonNode tree = PLAIN.readTree(json);
    List<List<Object>> objects = new ArrayList<>();
    List<List<Object>> texts = new ArrayList<>();
    walk(tree, new ArrayList<>(), objects, texts);
    for (List<Object> path : objects) {
      if (path.size() > depth) {
        continue;
      }
      JsonNode copy = tree.deepCopy();
      ((ObjectNode) at(copy, path)).put("notAField", 1);
      assertBothRefuse(copy, reader, refusal, "an unknown field at " + path);
      Iterator<String> names = at(tree, path).propertyNames().iterator();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode without = tree.deepCopy();
        ((ObjectNode) at(without, path)).remove(name);
        String text = without.toString();
        String readerProblem = readerProblem(text, reader, refusal);
        boolean schemaAccepts = problems(text).isEmpty();
        String what = "without " + path + "." + name;
        if (readerProblem == null) {
          assertTrue(schemaAccepts, resource + " refuses a document the reader accepts: " + what);
        } else if (readerProblem.contains("required field is missing")) {
          assertFalse(schemaAccepts, resource + " accepts a document missing a field: " + what);
        }
      }
    }
    for (List<Object> path : texts) {
      if (path.size() > depth + 1) {
        continue;
      }
      for (JsonNode replacement :
          List.of(JsonNodeFactory.instance.stringNode(" "), JsonNodeFactory.instance.arrayNode())) {
        JsonNode changed = tree.deepCopy();
        set(changed, path, replacement);
        String what = replacement + " in place of the text at " + path;
        boolean schemaRefuses = !problems(changed.toString()).isEmpty();
        if (readerProblem(changed.toString(), reader, refusal) != null) {
          assertTrue(schemaRefuses, resource + " accepts " + what + ", which the reader refuses");
        } else {
          // The reader once read some of these as no value; now it refuses whatever a schema does.
          assertFalse(schemaRefuses, resource + " refuses " + what + ", which the reader accepts");
        }
      }
    }
  }

  private void assertBothRefuse(
      JsonNode document,
      Function<String, ?> reader,
      Class<? extends RuntimeException> refusal,
      String what) {
    String text = document.toString();
    assertFalse(problems(text).isEmpty(), resource + " accepts " + what);
    assertTrue(readerProblem(text, reader, refusal) != null, "the reader accepts " + what);
  }

  /**
   * Fails unless both the schema and the reader refuse a hand-written document.
   *
   * @param name the document's name, for the failure message
   * @param refusal the exception the reader refuses a document with
   */
  public void assertBothRefuse(
      String name,
      String json,
      Function<String, ?> reader,
      Class<? extends RuntimeException> refusal) {
    assertFalse(problems(json).isEmpty(), resource + " accepts " + name);
    assertTrue(readerProblem(json, reader, refusal) != null, "the reader accepts " + name);
  }

  /**
   * The names of the documents in a fuzz corpus folder ({@code broken-*.json}, each refused by the
   * reader) that are well-formed JSON and yet pass the schema: the ones only the reader can tell
   * are wrong, by a rule listed in SCHEMAS.md. Syntax errors are left out: a schema judges parsed
   * JSON.
   *
   * @param folder a folder of fuzz inputs
   * @return the file names the schema accepts, in order
   */
  public Set<String> brokenDocumentsTheSchemaAccepts(Path folder) throws IOException {
    Set<String> accepted = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.getFileName().toString().startsWith("broken-")).toList();
    }
    for (Path file : files) {
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
        PLAIN.readTree(json);
      } catch (IOException | RuntimeException notJson) {
        continue;
      }
      if (problems(json).isEmpty()) {
        accepted.add(file.getFileName().toString());
      }
    }
    return accepted;
  }

  private static String readerProblem(
      String json, Function<String, ?> reader, Class<? extends RuntimeException> refusal) {
    try {
      reader.apply(json);
      return null;
    } catch (RuntimeException e) {
      if (refusal.isInstance(e)) {
        return e.getMessage();
      }
      throw e;
    }
  }

  private static void walk(
      JsonNode node, List<Object> path, List<List<Object>> objects, List<List<Object>> texts) {
    if (node.isObject()) {
      objects.add(List.copyOf(path));
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        path.add(field.getKey());
        walk(field.getValue(), path, objects, texts);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        walk(node.get(i), path, objects, texts);
        path.remove(path.size() - 1);
      }
    } else if (node.isString() && !path.isEmpty()) {
      texts.add(List.copyOf(path));
    }
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  private static void set(JsonNode root, List<Object> path, JsonNode value) {
    JsonNode parent = at(root, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, value);
    } else {
      ((ObjectNode) parent).set((String) last, value);
    }
  }

  /**
   * Fails unless every fixed list of names in the schema ({@code enum} in {@code $defs}) is the
   * list of constants of the Java enum of the same simple name in one of {@code packages}.
   *
   * @return how many lists were compared
   */
  public static int assertEnumsMatch(String resource, List<String> packages) {
    JsonNode defs = PLAIN.readTree(text(resource)).get("$defs");
    int compared = 0;
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      JsonNode names = def.getValue().get("enum");
      if (names == null) {
        continue;
      }
      Class<?> type = enumType(def.getKey(), packages);
      List<String> expected = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        expected.add(((Enum<?>) constant).name());
      }
      List<String> actual = new ArrayList<>();
      names.forEach(n -> actual.add(n.asString()));
      assertEquals(expected, actual, resource + ": $defs/" + def.getKey());
      compared++;
    }
    return compared;
  }

  private static Class<?> enumType(String simpleName, List<String> packages) {
    List<String> candidates = new ArrayList<>(packages);
    candidates.add("java.time");
    // A nested enum such as Evidence.Kind is named EvidenceKind in the schema.
    List<String> names = new ArrayList<>(List.of(simpleName));
    for (int i = 1; i < simpleName.length(); i++) {
      if (Character.isUpperCase(simpleName.charAt(i))) {
        names.add(simpleName.substring(0, i) + "$" + simpleName.substring(i));
      }
    }
    for (String pkg : candidates) {
      for (String name : names) {
        try {
          Class<?> type = Class.forName(pkg + "." + name);
          if (type.isEnum()) {
            return type;
          }
        } catch (ClassNotFoundException e) {
          // not this name in this package: try the next
        }
      }
    }
    throw new AssertionError("no Java enum " + simpleName + " in " + candidates);
  }

  private static List<String> messages(List<Error> errors) {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      out.add(e.toString());
    }
    return out;
  }
}
