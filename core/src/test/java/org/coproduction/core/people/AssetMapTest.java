package org.coproduction.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Test;

class AssetMapTest {
  private static Asset asset(String holder, AssetKind kind, String description) {
    return Asset.builder().holder(holder).kind(kind).description(description).build();
  }

  // The Healthy Living Club's members between them brought these skills.
  private static final AssetMap CLUB =
      AssetMap.of(
          List.of(
              asset("m1", AssetKind.SKILL, "Bid writing"),
              asset("m2", AssetKind.SKILL, "Book keeping"),
              asset("m1", AssetKind.TIME, "Wednesday mornings"),
              asset("m3", AssetKind.SKILL, "Music making"),
              asset("m3", AssetKind.LIVED_EXPERIENCE, "Caring for a parent")));

  @Test
  void assetsAreFoundByHolderAndByKind() {
    assertEquals(List.of("Bid writing", "Wednesday mornings"), descriptions(CLUB.byHolder("m1")));
    assertEquals(
        List.of("Bid writing", "Book keeping", "Music making"),
        descriptions(CLUB.byKind(AssetKind.SKILL)));
    assertEquals(List.of(), CLUB.byHolder("m9"));
    assertEquals(List.of("m1", "m2", "m3"), List.copyOf(CLUB.holders()));
    assertEquals(List.of("m1", "m2", "m3"), List.copyOf(CLUB.holdersOf(AssetKind.SKILL)));
    assertEquals(
        EnumSet.of(AssetKind.SKILL, AssetKind.TIME, AssetKind.LIVED_EXPERIENCE), CLUB.kinds());
  }

  @Test
  void anAssetHasAWellFormedHolderAndADescription() {
    assertEquals(
        "description: must not be blank",
        assertThrows(CoProductionException.class, () -> asset("m1", AssetKind.SKILL, " "))
            .getMessage());
    assertEquals(
        "holder: must be an id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
            + " or digit",
        assertThrows(CoProductionException.class, () -> asset("Ann Lee", AssetKind.SKILL, "IT"))
            .getMessage());
  }

  private static List<String> descriptions(List<Asset> assets) {
    return assets.stream().map(Asset::description).collect(java.util.stream.Collectors.toList());
  }
}
