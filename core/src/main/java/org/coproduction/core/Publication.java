package org.coproduction.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One work that the library's content cites: a guide, a report or a single blog post, with what a
 * reader needs to find it for themselves. Each has a short stable key, such as {@code
 * scie-guide-2015} or {@code police-post-2016}, that a {@link Source} names in place of a title.
 *
 * <p>The library's own entries are in {@link Sources#catalogue()}. A blog post is an entry of its
 * own, with its own title, author and date, not the blog it appeared in. A web address is given
 * only where a source itself states it, never guessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublication.class)
@JsonDeserialize(as = ImmutablePublication.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Publication {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  Publication() {}

  /**
   * The key that citations use, stable across releases: lower case words joined by hyphens, ending
   * in the year, so it reads as a short name in a data file.
   *
   * @return the key, for example {@code scie-guide-2015}
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * The title exactly as the work gives it.
   *
   * @return the title, for example {@code The Co-production Police and accountability}
   */
  @JsonProperty("title")
  public abstract String title();

  /**
   * The person or people who wrote it, as the work names them; a blog post's byline.
   *
   * @return the author, or empty when an organisation speaks for itself
   */
  @JsonProperty("author")
  public abstract Optional<String> author();

  /**
   * The organisation that published it under its own name.
   *
   * @return the organisation, or empty when the work has a personal author only
   */
  @JsonProperty("organisation")
  public abstract Optional<String> organisation();

  /**
   * When it was first published, as precisely as the work says: a year ({@code 2014}), a month
   * ({@code 2014-05}) or a day ({@code 2016-06-16}).
   *
   * @return the date in that form
   */
  @JsonProperty("date")
  public abstract String date();

  /**
   * When the edition cited was updated, in the same form as {@link #date()}.
   *
   * @return the date of the update, or empty when the work was not updated
   */
  @JsonProperty("updated")
  public abstract Optional<String> updated();

  /**
   * Where the work appeared, when it is part of something larger, such as a blog.
   *
   * @return the publication it appeared in, or empty for a work published on its own
   */
  @JsonProperty("publishedIn")
  public abstract Optional<String> publishedIn();

  /**
   * The web address of the work, only where a source states it; an old address may have moved, so
   * the title stays the way to find it.
   *
   * @return the address, or empty when no source gives one
   */
  @JsonProperty("webAddress")
  public abstract Optional<String> webAddress();

  /**
   * The work as a reader would cite it: title in quotes, then the author or organisation, where it
   * appeared and when, for example {@code "The Co-production Police and accountability", Kevin
   * Minier, SCIE Co-production Festival blog, 16 June 2016}. The web address is left out: reports
   * print many citations, and the title finds the work.
   *
   * @return the citation, on one line
   */
  public String citation() {
    StringBuilder out = new StringBuilder().append('"').append(title()).append('"');
    author().ifPresent(a -> out.append(", ").append(a));
    organisation().ifPresent(o -> out.append(", ").append(o));
    publishedIn().ifPresent(p -> out.append(", ").append(p));
    out.append(", ").append(spoken(date()));
    updated().ifPresent(u -> out.append(", updated ").append(spoken(u)));
    return out.toString();
  }

  /**
   * Starts a new work.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("key", key());
    Checks.notBlank("title", title());
    author().ifPresent(a -> Checks.notBlank("author", a));
    organisation().ifPresent(o -> Checks.notBlank("organisation", o));
    publishedIn().ifPresent(p -> Checks.notBlank("publishedIn", p));
    if (author().isEmpty() && organisation().isEmpty()) {
      throw CoProductionException.at(
          "author", "a work needs an author or an organisation, so a reader can find it");
    }
    checkDate("date", date());
    updated()
        .ifPresent(
            u -> {
              checkDate("updated", u);
              if (u.compareTo(date()) <= 0) {
                throw CoProductionException.at("updated", "must be later than the date");
              }
            });
    webAddress()
        .ifPresent(
            w -> {
              if (!w.startsWith("http://") && !w.startsWith("https://") || w.contains(" ")) {
                throw CoProductionException.at(
                    "webAddress", "must be a web address starting with http:// or https://");
              }
            });
  }

  private static void checkDate(String path, String date) {
    if (!DATE.matcher(date).matches() || !realDate(date)) {
      throw CoProductionException.at(
          path, "must be a year, a month or a day, written 2016, 2016-06 or 2016-06-16");
    }
  }

  private static boolean realDate(String date) {
    try {
      switch (date.length()) {
        case 10 -> LocalDate.parse(date);
        case 7 -> YearMonth.parse(date);
        default -> {
          // A bare year is always a real year.
        }
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** {@code 2016-06-16} as "16 June 2016", {@code 2013-10} as "October 2013". */
  private static String spoken(String date) {
    if (date.length() == 4) {
      return date;
    }
    String month =
        Month.of(Integer.parseInt(date.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.UK);
    String monthYear = month + " " + date.substring(0, 4);
    return date.length() == 7 ? monthYear : Integer.parseInt(date.substring(8)) + " " + monthYear;
  }
}
