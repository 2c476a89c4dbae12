package org.coproduction.core.internal.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads dates, times and lengths of time only from text written exactly as the README shows it.
 * Jackson's own readers trim spaces, take a bare number as a day count or as seconds ({@code
 * "hours": 2} would become two seconds of someone's time) and read an empty list as nothing; these
 * refuse all of that, and say what was expected in words rather than type names.
 *
 * @param <T> the kind of time
 */
final class StrictTimeDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parse;

  /** What a value must look like, such as {@code must be a date ..., such as 2026-03-14}. */
  private final String expected;

  /** What is wrong with text in the right form that names no real moment, such as 2025-02-30. */
  private final String impossible;

  private StrictTimeDeserializer(
      Class<T> type, Function<String, T> parse, String expected, String impossible) {
    super(type);
    this.parse = parse;
    this.expected = expected;
    this.impossible = impossible;
  }

  /** The readers for every kind of time a document may hold, as one module. */
  static SimpleModule module() {
    return new SimpleModule("coproduction-strict-time")
        .addDeserializer(
            LocalDate.class,
            new StrictTimeDeserializer<>(
                LocalDate.class,
                LocalDate::parse,
                "must be a date written year-month-day, such as 2026-03-14",
                "is not a date in the calendar: check the day and the month"))
        .addDeserializer(
            LocalTime.class,
            new StrictTimeDeserializer<>(
                LocalTime.class,
                LocalTime::parse,
                "must be a time of day on the 24-hour clock, such as 10:30",
                "is not a time of day: hours go from 00 to 23 and minutes from 00 to 59"))
        .addDeserializer(
            YearMonth.class,
            new StrictTimeDeserializer<>(
                YearMonth.class,
                YearMonth::parse,
                "must be a year and month written year-month, such as 2026-03",
                "is not a month in the calendar: months go from 01 to 12"))
        .addDeserializer(
            Instant.class,
            new StrictTimeDeserializer<>(
                Instant.class,
                Instant::parse,
                "must be a date and time in UTC, such as 2026-03-14T10:30:00Z",
                "is not a moment in the calendar: check the day, the month and the time"))
        .addDeserializer(
            Duration.class,
            new StrictTimeDeserializer<>(
                Duration.class,
                Duration::parse,
                "must be a length of time such as PT2H30M (2 hours 30 minutes) or PT45M (45"
                    + " minutes)",
                "is too long a length of time"));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      // Jackson would skip an empty list and then call the field null: say what it should be.
      if (p.hasToken(JsonToken.START_ARRAY) || p.hasToken(JsonToken.START_OBJECT)) {
        p.skipChildren();
      }
      throw new ReadProblem(p, handledType(), expected);
    }
    String text = p.getString();
    if (!text.equals(text.strip())) {
      throw new ReadProblem(p, handledType(), expected + ", with no spaces around it");
    }
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      // A cause means the text had the right form but named no real day or time, such as 30
      // February; no cause means the form itself was wrong.
      throw new ReadProblem(p, handledType(), e.getCause() != null ? impossible : expected);
    }
  }
}
