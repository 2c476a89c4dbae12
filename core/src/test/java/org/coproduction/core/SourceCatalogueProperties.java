package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.principle.PrincipleGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SourceCatalogueProperties {

  @Test
  void writingThenReadingGivesTheSameCatalogue() {
    qt().forAll(catalogues())
        .checkAssert(
            c -> assertEquals(c, Documents.read(Documents.write(c), SourceCatalogue.class)));
  }

  @Test
  void writingIsStableAcrossARoundTrip() {
    qt().forAll(catalogues())
        .checkAssert(
            c -> {
              String once = Documents.write(c);
              assertEquals(once, Documents.write(Documents.read(once, SourceCatalogue.class)));
            });
  }

  /** Dates in each of the three forms a work may give. */
  static Gen<String> dates() {
    Gen<Integer> year = integers().between(1900, 2099);
    Gen<Integer> month = integers().between(1, 12);
    Gen<Integer> day = integers().between(1, 28);
    Gen<Integer> form = integers().between(0, 2);
    return year.zip(
        month,
        day,
        form,
        (y, m, d, f) ->
            switch (f) {
              case 0 -> String.valueOf(y);
              case 1 -> String.format("%d-%02d", y, m);
              default -> String.format("%d-%02d-%02d", y, m, d);
            });
  }

  static Gen<Optional<String>> maybe(Gen<String> text) {
    return text.zip(
        arbitrary().pick(List.of(true, false)), (t, b) -> b ? Optional.of(t) : Optional.empty());
  }

  static Gen<Publication> publications() {
    Gen<String> texts = PrincipleGenerators.texts();
    Gen<Optional<String>> address =
        maybe(arbitrary().pick(List.of("https://example.org/guide", "http://example.org/a?b=c")));
    return PrincipleGenerators.ids()
        .zip(
            texts,
            maybe(texts),
            maybe(texts),
            (key, title, author, organisation) ->
                Publication.builder()
                    .key(key)
                    .title(title)
                    .author(author.or(() -> organisation.isEmpty() ? Optional.of(title) : author))
                    .organisation(organisation))
        .zip(
            dates(),
            maybe(texts),
            address,
            (b, date, in, web) -> b.date(date).publishedIn(in).webAddress(web).build());
  }

  static Gen<SourceCatalogue> catalogues() {
    return PrincipleGenerators.ids()
        .zip(
            PrincipleGenerators.texts(),
            lists().of(publications()).ofSizeBetween(1, 6),
            (id, name, works) -> {
              List<Publication> distinct = new ArrayList<>();
              for (Publication p : works) {
                if (distinct.stream().noneMatch(q -> q.key().equals(p.key()))) {
                  distinct.add(p);
                }
              }
              return SourceCatalogue.builder()
                  .id(id)
                  .version("1")
                  .name(name)
                  .publications(distinct)
                  .build();
            });
  }
}
