package org.coproduction.core.internal.json;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads hours only from ISO-8601 text such as {@code "PT2H30M"}. Jackson's own reader takes a bare
 * number as seconds, so {@code "hours": 2} would silently become two seconds of someone's time.
 * Registered for every document by {@link JsonSupport}.
 */
final class StrictDurationDeserializer extends StdDeserializer<Duration> {
  StrictDurationDeserializer() {
    super(Duration.class);
  }

  @Override
  public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
    }
    String text = p.getString().trim();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      return (Duration)
          ctxt.handleWeirdStringValue(Duration.class, text, "not an ISO-8601 duration");
    }
  }
}
