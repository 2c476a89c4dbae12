package org.coproduction.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.coproduction.core.people.AccessNeed;
import org.coproduction.core.people.CommunicationPreference;
import org.coproduction.core.people.Participant;
import org.coproduction.core.people.SeldomHeardGroup;
import org.junit.jupiter.api.Test;

/**
 * A participant's access needs, communication preferences and seldom-heard groups never reach a
 * string that could end up in a log: not {@code toString}, not an exception message.
 */
class SensitiveDataTest {
  private static final String GOLDEN = JsonEdits.golden();

  private static final List<String> SENSITIVE =
      Stream.of(AccessNeed.values(), CommunicationPreference.values(), SeldomHeardGroup.values())
          .flatMap(Stream::of)
          .map(Enum::name)
          .distinct()
          .collect(Collectors.toList());

  @Test
  void anInitiativesToStringShowsNoParticipantsSensitiveAttributes() {
    Initiative initiative = Documents.read(GOLDEN, Initiative.class);
    for (Participant p : initiative.participants()) {
      assertClean(p.toString());
    }
    // Venues list the needs they meet; a need no venue met must not leak from a participant.
    Set<AccessNeed> metSomewhere = EnumSet.noneOf(AccessNeed.class);
    initiative.meetings().forEach(m -> metSomewhere.addAll(m.venueMeets()));
    String text = initiative.toString();
    for (Participant p : initiative.participants()) {
      for (AccessNeed need : p.accessNeeds()) {
        assertTrue(metSomewhere.contains(need) || !text.contains(need.name()), need::name);
      }
      for (SeldomHeardGroup group : p.seldomHeardGroups()) {
        assertFalse(text.contains(group.name()), group::name);
      }
    }
    assertFalse(text.contains("SUPPORTER_OR_ADVOCATE"));
    assertFalse(text.contains("LIVING_WITH_DEMENTIA"));
  }

  @Test
  void invalidParticipantsReadFromJsonNeverNameTheirSensitiveAttributes() {
    // participants[0] and [2] carry access needs, preferences and seldom-heard groups.
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("malformed id", JsonEdits.set(GOLDEN, "/participants/0/id", "Jane Smith"));
    cases.put("no roles", JsonEdits.set(GOLDEN, "/participants/2/roles", List.of()));
    cases.put("wrong kind", JsonEdits.set(GOLDEN, "/participants/0/livedExperience", "yes"));
    cases.put("unknown field", JsonEdits.set(GOLDEN, "/participants/0/diagnosis", "dementia"));
    cases.put("null need", JsonEdits.set(GOLDEN, "/participants/0/accessNeeds/1", null));
    cases.put("null group", JsonEdits.set(GOLDEN, "/participants/2/seldomHeardGroups/0", null));
    cases.put("missing group", JsonEdits.remove(GOLDEN, "/participants/2/interestGroup"));
    cases.put(
        "reversed window",
        JsonEdits.set(GOLDEN, "/participants/0/availability/0/availableUntil", "09:00"));
    cases.put("duplicate id", JsonEdits.set(GOLDEN, "/participants/2/id", "p01"));
    cases.put("dangling reference", JsonEdits.set(GOLDEN, "/meetings/0/invited/0", "p9"));
    cases.put(
        "sensitive list not a list", JsonEdits.set(GOLDEN, "/participants/2/seldomHeardGroups", 3));
    List<String> messages = new ArrayList<>();
    cases.forEach(
        (name, json) -> {
          CoProductionException e =
              assertThrows(
                  CoProductionException.class, () -> Documents.read(json, Initiative.class), name);
          assertClean(e.getMessage());
          assertFalse(e.getMessage().contains("Jane"), name);
          assertFalse(e.getMessage().contains("dementia"), name);
          messages.add(e.getMessage());
        });
    assertEquals(cases.size(), messages.stream().distinct().count(), messages::toString);
  }

  @Test
  void invalidParticipantsBuiltInCodeNeverNameTheirSensitiveAttributes() {
    Participant valid = Documents.read(GOLDEN, Initiative.class).participant("p03").orElseThrow();
    List<RuntimeException> failures =
        List.of(
            assertThrows(
                CoProductionException.class,
                () -> Participant.builder().from(valid).id("Jane Smith").build()),
            assertThrows(
                CoProductionException.class,
                () -> Participant.builder().from(valid).roles(Set.of()).build()),
            assertThrows(
                CoProductionException.class,
                () ->
                    Participant.builder()
                        .id("p1")
                        .accessNeeds(valid.accessNeeds())
                        .preferredCommunication(valid.preferredCommunication())
                        .seldomHeardGroups(valid.seldomHeardGroups())
                        .build()));
    for (RuntimeException e : failures) {
      assertClean(e.getMessage());
      assertFalse(e.getMessage().contains("Jane"));
    }
  }

  @Test
  void anUnknownValueInASensitiveListIsNotRepeated() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () ->
                Documents.read(
                    JsonEdits.set(GOLDEN, "/participants/0/seldomHeardGroups/0", "Refugee"),
                    Initiative.class));
    // The message lists the allowed names (the vocabulary, not the person's data) and never the
    // text that was in the file.
    assertTrue(
        e.getMessage().startsWith("participants[0].seldomHeardGroups[0]: must be one of "),
        e::getMessage);
    assertFalse(e.getMessage().contains("Refugee"));
  }

  private static void assertClean(String text) {
    for (String name : SENSITIVE) {
      assertFalse(text.contains(name), () -> "'" + name + "' leaked into: " + text);
    }
  }
}
