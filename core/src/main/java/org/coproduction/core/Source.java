package org.coproduction.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a piece of content comes from: a work and the section of it that supports the content.
 * Every principle, recommendation and checklist item carries one, so a reader can go back to the
 * evidence and judge it for themselves.
 *
 * <p>The {@link #document() document} is either a key of the library's source catalogue ({@link
 * Sources}), such as {@code scie-guide-2015}, or any other text that names a work, such as the
 * title of an organisation's own policy. The rule is simple: a key the catalogue knows is printed
 * as that work's citation (title, author or organisation, date); anything else is printed exactly
 * as given. All the library's built-in content cites by key.
 *
 * <p>A short work cited as a whole, such as a blog post without headings of its own, gives its own
 * title as the section.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@API(status = STABLE, since = "0.1")
public abstract class Source {
  Source() {}

  /**
   * The work: a key of the source catalogue, such as {@code police-post-2016}, or a title of the
   * reader's own choosing, such as {@code Riverside co-production policy}.
   *
   * @return the key or title, never blank
   */
  @Value.Parameter
  @JsonProperty("document")
  public abstract String document();

  /**
   * The section heading inside the work, so a reader can find the passage; for a work cited as a
   * whole, its title.
   *
   * @return the section, never blank
   */
  @Value.Parameter
  @JsonProperty("section")
  public abstract String section();

  /**
   * A citation.
   *
   * @param document a key of the source catalogue ({@link Sources}), or the title of another work
   * @param section the section heading
   * @return the citation
   */
  public static Source of(String document, String section) {
    return ImmutableSource.of(document, section);
  }

  /**
   * The cited work's entry in the library's source catalogue, for a reader who wants its title,
   * author, date or web address separately.
   *
   * @return the entry, or empty when the document is not a catalogue key but a title given as is
   */
  public Optional<Publication> publication() {
    return Sources.get(document());
  }

  /**
   * The citation as a reader reads it. For a catalogue key, the work's citation and then the
   * section, for example {@code "Co-production in social care: What it is and how to do it", Social
   * Care Institute for Excellence (SCIE), October 2013, updated October 2015, section
   * "Reciprocity"}; when the section is the work's own title, it is not repeated. For any other
   * document, the document as given and the quoted section, for example {@code Riverside
   * co-production policy, "Meetings"}.
   *
   * @return the citation, on one line
   */
  public String citation() {
    return publication()
        .map(
            p ->
                p.title().equals(section())
                    ? p.citation()
                    : p.citation() + ", section \"" + section() + "\"")
        .orElseGet(() -> document() + ", \"" + section() + "\"");
  }

  @Value.Check
  void check() {
    Checks.notBlank("document", document());
    Checks.notBlank("section", section());
  }

  /** The same as {@link #citation()}, which reports print. */
  @Override
  public String toString() {
    return citation();
  }
}
