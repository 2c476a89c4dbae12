package org.coproduction.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.internal.style.CoProductionStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a piece of content comes from: a source document and the section of it that supports the
 * content. Every principle, recommendation and checklist item carries one, so a reader can go back
 * to the evidence and judge it for themselves.
 *
 * <p>The documents are the ones in the project's {@code shared/seeds/} folder, named by file name,
 * or an organisation's own documents for content it adds.
 */
@Value.Immutable
@CoProductionStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
  Source() {}

  /**
   * The document: a file name such as {@code 002_ed537c7d2d404e79.txt}, or a title.
   *
   * @return the document, never blank
   */
  @Value.Parameter
  @JsonProperty("document")
  public abstract String document();

  /**
   * The section heading inside the document, so a reader can find the passage.
   *
   * @return the section, never blank
   */
  @Value.Parameter
  @JsonProperty("section")
  public abstract String section();

  /**
   * A citation.
   *
   * @param document the document's file name or title
   * @param section the section heading
   * @return the citation
   */
  public static Source of(String document, String section) {
    return ImmutableSource.of(document, section);
  }

  @Value.Check
  void check() {
    Checks.notBlank("document", document());
    Checks.notBlank("section", section());
  }

  @Override
  public String toString() {
    return document() + ", \"" + section() + "\"";
  }
}
