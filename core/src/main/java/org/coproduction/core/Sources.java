package org.coproduction.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.internal.json.JacksonAnnotations;

/**
 * The works the library's built-in content cites: the national guide, <i>Co-production in social
 * care: What it is and how to do it</i> (Social Care Institute for Excellence, October 2013,
 * updated October 2015), SCIE's second annual board report on co-production (May 2014), and single
 * posts from SCIE's Co-production Festival blog (2016) and Co-production Week blog (2017 and 2018).
 *
 * <p>Every principle, recommendation and checklist item that ships with the library cites one of
 * these by its key through a {@link Source}, and {@link Source#toString()} prints the work's title,
 * author or organisation and date in place of the key. Keys never change; when an entry is
 * corrected or added, the catalogue's version is raised. To see every key with its work, write the
 * catalogue out with {@code Documents.write(Sources.catalogue())}; an organisation's own data may
 * cite these keys too, or name its own documents by title (see {@link Source}).
 *
 * <p>The catalogue is read from a JSON resource the first time it is needed and then kept; every
 * method is thread-safe and returns unmodifiable values.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Sources {
  private static final String RESOURCE = "sources.json";

  private Sources() {}

  /** Loads the catalogue on first use; class initialisation makes that safe across threads. */
  private static final class Holder {
    static final SourceCatalogue CATALOGUE = load();
    static final Map<String, Publication> BY_KEY =
        CATALOGUE.publications().stream()
            .collect(Collectors.toUnmodifiableMap(Publication::key, Function.identity()));
  }

  /**
   * The whole catalogue as a document, with its id ({@code coproduction-sources}) and version.
   *
   * @return the built-in catalogue
   */
  public static SourceCatalogue catalogue() {
    JacksonAnnotations.require();
    return Holder.CATALOGUE;
  }

  /**
   * Looks up a work by its key.
   *
   * @param key a key such as {@code police-post-2016}
   * @return the work, or empty when the catalogue has no such key, as for a title of an
   *     organisation's own document
   */
  public static Optional<Publication> get(String key) {
    Objects.requireNonNull(key, "key");
    JacksonAnnotations.require();
    return Optional.ofNullable(Holder.BY_KEY.get(key));
  }

  private static SourceCatalogue load() {
    try (InputStream in = Sources.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the library lacks its resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Documents.read(reader, SourceCatalogue.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + RESOURCE, e);
    } catch (CoProductionException e) {
      throw new IllegalStateException(
          "the built-in " + RESOURCE + " is broken: " + e.getMessage(), e);
    }
  }
}
