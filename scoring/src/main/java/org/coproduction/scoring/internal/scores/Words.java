package org.coproduction.scoring.internal.scores;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.practice.LadderRung;
import org.coproduction.scoring.agreement.MeasurementScale;
import org.coproduction.scoring.perspectives.Side;

/**
 * The words reasons are made of, kept in one place so every reason says a thing the same way: the
 * sentences of score reports ({@link Reasons}) and of ladder assessments use them.
 */
@API(status = INTERNAL, since = "0.1")
public final class Words {
  private Words() {}

  private static final InterestGroup[] GROUPS = InterestGroup.values();
  private static final String[] GROUP_NAMES = new String[GROUPS.length];

  /** {@link #list} of the groups in enum order, by the bit mask of their ordinals. */
  private static final String[] GROUP_LISTS = new String[1 << GROUPS.length];

  static {
    for (InterestGroup group : GROUPS) {
      GROUP_NAMES[group.ordinal()] = group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    for (int mask = 0; mask < GROUP_LISTS.length; mask++) {
      List<String> names = new ArrayList<>();
      for (InterestGroup group : GROUPS) {
        if ((mask & (1 << group.ordinal())) != 0) {
          names.add(GROUP_NAMES[group.ordinal()]);
        }
      }
      GROUP_LISTS[mask] = list(names);
    }
  }

  static String group(InterestGroup group) {
    return GROUP_NAMES[group.ordinal()];
  }

  static String groups(List<InterestGroup> groups) {
    // Lists in enum order without repeats, the usual case, are written once in advance.
    int mask = 0;
    int last = -1;
    for (InterestGroup group : groups) {
      if (group.ordinal() <= last) {
        return list(groups.stream().map(Words::group).collect(Collectors.toList()));
      }
      last = group.ordinal();
      mask |= 1 << last;
    }
    return GROUP_LISTS[mask];
  }

  /**
   * Names or ids joined as in a sentence.
   *
   * @param names the names, in the order to give them
   * @return {@code a}, {@code a and b}, {@code a, b and c}; empty for none
   */
  public static String list(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /**
   * A rung of the ladder of participation as people say it.
   *
   * @param rung the rung
   * @return for example {@code co-production}, {@code consultation}
   */
  public static String rung(LadderRung rung) {
    return rung.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String side(Side side) {
    return side == Side.LIVED_EXPERIENCE
        ? "people who use services and carers"
        : "the people who commission, run and work in services";
  }

  static String scale(MeasurementScale scale) {
    String name = scale.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
