package org.coproduction.core.internal.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Makes two of Jackson's forgiving readers strict, for every document type at once: a name from a
 * fixed list must be written exactly (Jackson trims {@code "YES "} to {@code YES}), and a set must
 * not list the same thing twice (Jackson keeps one and says nothing, so a typing slip that meant
 * another value goes unnoticed).
 */
final class StrictValues extends ValueDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public ValueDeserializer<?> modifyEnumDeserializer(
      DeserializationConfig config,
      JavaType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return new ExactName(deserializer, type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription.Supplier beanDesc,
      ValueDeserializer<?> deserializer) {
    return Set.class.isAssignableFrom(type.getRawClass())
        ? new NoRepeats(deserializer, type)
        : deserializer;
  }

  /** A name from a fixed list, refused when spaces surround it. */
  private static final class ExactName extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;

    ExactName(ValueDeserializer<?> names, Class<?> type) {
      super(names);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> names) {
      return new ExactName(names, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String name = p.getString();
        if (!name.equals(name.strip())) {
          // The value itself is never repeated: it may be someone's access need.
          throw new ReadProblem(
              p, type, "must be one of " + JsonSupport.names(type) + ", with no spaces around it");
        }
      }
      return super.deserialize(p, ctxt);
    }
  }

  /**
   * A set read as a list first, so that a repeat can be refused at its index; then read again by
   * Jackson's own reader, which builds the set the field expects. Sets in documents are short, so
   * reading twice costs little.
   */
  private static final class NoRepeats extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final CollectionType type;

    NoRepeats(ValueDeserializer<?> set, CollectionType type) {
      super(set);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> set) {
      return new NoRepeats(set, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.isExpectedStartArrayToken()) {
        return super.deserialize(p, ctxt);
      }
      TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
      JavaType list =
          ctxt.getTypeFactory().constructCollectionType(List.class, type.getContentType());
      List<?> values;
      try (JsonParser again = copy.asParserOnFirstToken(ctxt)) {
        values = ctxt.readValue(again, list);
      }
      Set<Object> seen = new HashSet<>();
      for (int i = 0; i < values.size(); i++) {
        if (!seen.add(values.get(i))) {
          ReadProblem repeat =
              new ReadProblem(
                  p, type.getRawClass(), "is already in this list; each may be listed only once");
          repeat.prependPath(new ArrayList<>(values), i);
          throw repeat;
        }
      }
      try (JsonParser again = copy.asParserOnFirstToken(ctxt)) {
        return super.deserialize(again, ctxt);
      }
    }
  }
}
