package org.coproduction.core.people;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for valid participants and assets, for reuse by other packages' tests.
 */
public final class PeopleGenerators {
  private PeopleGenerators() {}

  private static final String ID_START =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._-";

  private static final List<String> PHRASES =
      List.of(
          "Music making",
          "Book keeping for a small charity",
          "Links with the mosque, the church and the primary school",
          "Café on Fridays – open to all",
          "Two afternoons a month",
          "She said \"nothing about us without us\" \\ and meant it",
          "Lines one\nand two\ttabbed",
          "Ünïcödé naïve résumé 😀 ✓",
          "   leading spaces are kept",
          "x");

  /**
   * Well-formed ids of 1 to 64 characters.
   *
   * @return ids that pass the id check
   */
  public static Gen<String> ids() {
    return in -> {
      int length = range(1, 100).generate(in) <= 90 ? range(1, 12).generate(in) : 64;
      StringBuilder sb = new StringBuilder();
      sb.append(ID_START.charAt(range(0, ID_START.length() - 1).generate(in)));
      for (int i = 1; i < length; i++) {
        sb.append(ID_REST.charAt(range(0, ID_REST.length() - 1).generate(in)));
      }
      return sb.toString();
    };
  }

  /**
   * Free text that is never blank: fixed phrases with quotes, escapes and non-Latin characters, and
   * random printable ASCII.
   *
   * @return text for names, summaries and descriptions
   */
  public static Gen<String> texts() {
    Gen<String> phrases = pick(PHRASES);
    Gen<String> random =
        in -> {
          int length = range(0, 40).generate(in);
          StringBuilder sb = new StringBuilder("T");
          for (int i = 0; i < length; i++) {
            sb.append((char) range(0x20, 0x7e).generate(in).intValue());
          }
          return sb.toString();
        };
    return phrases.mix(random);
  }

  /**
   * Sets of enum constants, from empty up to {@code max} elements.
   *
   * @param type the enum
   * @param max the most elements
   * @param <E> the enum type
   * @return the sets
   */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type, int max) {
    return in -> {
      Set<E> set = EnumSet.noneOf(type);
      int n = range(0, max).generate(in);
      for (int i = 0; i < n; i++) {
        set.add(enumValues(type).generate(in));
      }
      return set;
    };
  }

  /**
   * One to three roles.
   *
   * @return non-empty role sets
   */
  public static Gen<Set<Role>> roleSets() {
    return in -> {
      Set<Role> roles = EnumSet.of(enumValues(Role.class).generate(in));
      roles.addAll(enumSets(Role.class, 2).generate(in));
      return roles;
    };
  }

  /**
   * Weekly windows that start on a quarter hour between 06:00 and 20:45 and last up to six hours,
   * ending before midnight.
   *
   * @return valid windows
   */
  public static Gen<Availability> availabilities() {
    return in -> {
      LocalTime from = LocalTime.of(range(6, 20).generate(in), 15 * range(0, 3).generate(in));
      int minutes = Math.min(15 * range(1, 24).generate(in), 23 * 60 + 59 - toMinutes(from));
      return Availability.builder()
          .day(enumValues(DayOfWeek.class).generate(in))
          .availableFrom(from)
          .availableUntil(from.plusMinutes(minutes))
          .build();
    };
  }

  /**
   * Participants with the given id and varied everything else, including sensitive attributes.
   *
   * @param id the participant's id
   * @return valid participants
   */
  public static Gen<Participant> participants(String id) {
    return in -> {
      Set<Role> roles = roleSets().generate(in);
      InterestGroup group =
          booleans().generate(in)
              ? roles
                  .iterator()
                  .next()
                  .usualInterestGroup()
                  .orElse(InterestGroup.MEMBERS_OF_THE_PUBLIC)
              : enumValues(InterestGroup.class).generate(in);
      List<Availability> availability = new ArrayList<>();
      int windows = range(0, 3).generate(in);
      for (int i = 0; i < windows; i++) {
        availability.add(availabilities().generate(in));
      }
      return Participant.builder()
          .id(id)
          .roles(roles)
          .interestGroup(group)
          .livedExperience(booleans().generate(in))
          .accessNeeds(enumSets(AccessNeed.class, 4).generate(in))
          .preferredCommunication(enumSets(CommunicationPreference.class, 3).generate(in))
          .availability(availability)
          .seldomHeardGroups(enumSets(SeldomHeardGroup.class, 2).generate(in))
          .build();
    };
  }

  /**
   * Lists of one to {@code max} participants with distinct ids.
   *
   * @param max the most participants
   * @return valid participant lists
   */
  public static Gen<List<Participant>> participantLists(int max) {
    return in -> {
      int n = range(1, max).generate(in);
      String prefix = pick(List.of("p", "P-", "person_", "x.")).generate(in);
      List<Participant> people = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        people.add(participants(prefix + i).generate(in));
      }
      return people;
    };
  }

  /**
   * Assets held by one of the given participants.
   *
   * @param holderIds the participant ids to choose a holder from; not empty
   * @return valid assets
   */
  public static Gen<Asset> assets(List<String> holderIds) {
    return in ->
        Asset.builder()
            .holder(pick(holderIds).generate(in))
            .kind(enumValues(AssetKind.class).generate(in))
            .description(texts().generate(in))
            .build();
  }

  /**
   * A random subset of a list, in the list's order.
   *
   * @param in the randomness to draw from
   * @param items the list
   * @param <T> the element type
   * @return each element kept or dropped at random
   */
  public static <T> List<T> subset(RandomnessSource in, List<T> items) {
    List<T> kept = new ArrayList<>();
    for (T item : items) {
      if (booleans().generate(in)) {
        kept.add(item);
      }
    }
    return kept;
  }

  private static int toMinutes(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }
}
