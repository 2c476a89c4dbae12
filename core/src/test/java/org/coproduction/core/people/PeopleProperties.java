package org.coproduction.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeopleProperties {
  private static final List<String> SENSITIVE =
      Stream.of(AccessNeed.values(), CommunicationPreference.values(), SeldomHeardGroup.values())
          .flatMap(Stream::of)
          .map(Enum::name)
          .distinct()
          .collect(Collectors.toList());

  @Test
  void aParticipantsToStringNeverShowsASensitiveAttribute() {
    qt().forAll(PeopleGenerators.participants("p1"))
        .checkAssert(
            p -> {
              String text = p.toString();
              assertTrue(text.contains("id=p1"));
              for (String name : SENSITIVE) {
                assertFalse(text.contains(name), name);
              }
            });
  }

  @Test
  void aParticipantCanAttendAnySessionInsideOneOfTheirWindows() {
    qt().forAll(PeopleGenerators.participants("p1"))
        .checkAssert(
            p -> {
              for (Availability a : p.availability()) {
                assertTrue(p.canAttend(a.day(), a.availableFrom(), a.availableUntil()));
                assertFalse(a.covers(a.day().plus(1), a.availableFrom(), a.availableUntil()));
              }
            });
  }

  @Test
  void everyAssetIsFoundOnceByHolderAndOnceByKind() {
    Gen<List<Asset>> assetLists =
        in -> {
          List<Asset> assets = new ArrayList<>();
          int n = org.quicktheories.generators.Generate.range(0, 10).generate(in);
          for (int i = 0; i < n; i++) {
            assets.add(PeopleGenerators.assets(List.of("a", "b", "c")).generate(in));
          }
          return assets;
        };
    qt().forAll(assetLists)
        .checkAssert(
            assets -> {
              AssetMap map = AssetMap.of(assets);
              int byHolder = map.holders().stream().mapToInt(h -> map.byHolder(h).size()).sum();
              int byKind = map.kinds().stream().mapToInt(k -> map.byKind(k).size()).sum();
              assertEquals(assets.size(), byHolder);
              assertEquals(assets.size(), byKind);
            });
  }
}
