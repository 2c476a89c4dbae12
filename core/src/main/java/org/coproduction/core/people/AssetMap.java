package org.coproduction.core.people;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The assets a group of people bring, with lookups by person and by kind. Mapping what people and a
 * community have, rather than only their problems and needs, is how an asset-based approach starts,
 * and it shows who could take on what. Source: "Co-production in social care: What it is and how to
 * do it", SCIE, October 2013, updated October 2015, sections "Building community capacity" and
 * "Equality – everyone has assets".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssetMap.class)
@JsonDeserialize(as = ImmutableAssetMap.class)
@API(status = STABLE, since = "0.1")
public abstract class AssetMap {
  AssetMap() {}

  /**
   * Every asset, in the order recorded.
   *
   * @return the assets
   */
  @Value.Parameter
  @JsonProperty("assets")
  public abstract List<Asset> assets();

  /**
   * A map of the given assets.
   *
   * @param assets the assets, in the order recorded
   * @return the map
   */
  public static AssetMap of(Iterable<? extends Asset> assets) {
    return ImmutableAssetMap.of(assets);
  }

  /**
   * What one person brings.
   *
   * @param participantId a participant id
   * @return that person's assets in the order recorded; empty when none are recorded
   */
  public List<Asset> byHolder(String participantId) {
    return assets().stream()
        .filter(a -> a.holder().equals(participantId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every asset of one kind, such as all the skills on offer.
   *
   * @param kind the kind
   * @return the assets of that kind in the order recorded
   */
  public List<Asset> byKind(AssetKind kind) {
    return assets().stream().filter(a -> a.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Everyone who has at least one asset recorded.
   *
   * @return participant ids in the order they first appear
   */
  public Set<String> holders() {
    return assets().stream()
        .map(Asset::holder)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }

  /**
   * Who brings assets of one kind.
   *
   * @param kind the kind
   * @return participant ids in the order they first appear
   */
  public Set<String> holdersOf(AssetKind kind) {
    return byKind(kind).stream()
        .map(Asset::holder)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }

  /**
   * The kinds of asset on offer.
   *
   * @return the kinds present, in the order of {@link AssetKind}
   */
  public Set<AssetKind> kinds() {
    Set<AssetKind> kinds = EnumSet.noneOf(AssetKind.class);
    assets().forEach(a -> kinds.add(a.kind()));
    return Collections.unmodifiableSet(kinds);
  }
}
