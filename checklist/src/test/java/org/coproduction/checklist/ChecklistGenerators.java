package org.coproduction.checklist;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.core.Source;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.core.practice.JigsawArea;
import org.coproduction.core.principle.PrincipleFramework;
import org.coproduction.core.principle.PrincipleFrameworks;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the checklist module's values, for this module's properties and for
 * other modules' tests (scoring needs checklists and response sets to score).
 */
public final class ChecklistGenerators {
  private ChecklistGenerators() {}

  private static final List<String> FRAMEWORK_IDS = List.of("guide", "duneane", "pathway", "own");

  /**
   * Well-formed ids: lower-case words joined by hyphens.
   *
   * @return the generator
   */
  public static Gen<String> ids() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8);
    Gen<Integer> words = integers().between(1, 3);
    return in -> {
      int n = words.generate(in);
      StringBuilder sb = new StringBuilder(word.generate(in));
      for (int i = 1; i < n; i++) {
        sb.append('-').append(word.generate(in));
      }
      return sb.toString();
    };
  }

  /**
   * Non-blank free text, with some letters outside ASCII (as in Welsh) and punctuation.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    Gen<String> body = strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 40);
    Gen<String> first = arbitrary().pick(List.of("A", "Ŵ", "é", "Z", "1", "\"", "ŷ"));
    return first.zip(body, (f, b) -> f + b);
  }

  /**
   * Citations.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return texts().zip(texts(), Source::of);
  }

  /**
   * Checklist items mapped to some of the given frameworks.
   *
   * @param frameworkIds the frameworks an item may map to
   * @return the generator
   */
  public static Gen<ChecklistItem> items(List<String> frameworkIds) {
    Gen<Integer> principleCount = integers().between(1, 3);
    Gen<List<String>> idLists = in -> distinct(ids(), principleCount.generate(in)).generate(in);
    Gen<Boolean> coin = booleans().all();
    return in -> {
      Map<String, List<String>> principles = new LinkedHashMap<>();
      for (String f : frameworkIds) {
        if (coin.generate(in)) {
          // A built-in framework's principles are its own; any other framework's are any ids.
          Optional<PrincipleFramework> builtIn = PrincipleFrameworks.byId(f);
          principles.put(
              f,
              builtIn.isPresent()
                  ? builtInPrinciples(builtIn.get()).generate(in)
                  : idLists.generate(in));
        }
      }
      List<String> recs = new ArrayList<>();
      int recCount = integers().between(0, 3).generate(in);
      for (int i = 0; i < recCount; i++) {
        String rec = String.format("rec-%02d", integers().between(1, 20).generate(in));
        if (!recs.contains(rec)) {
          recs.add(rec);
        }
      }
      List<Source> sources = new ArrayList<>();
      int sourceCount = integers().between(1, 3).generate(in);
      for (int i = 0; i < sourceCount; i++) {
        sources.add(sources().generate(in));
      }
      return ChecklistItem.builder()
          .id(ids().generate(in))
          .statement(texts().generate(in))
          .easyRead(texts().generate(in))
          .principles(principles)
          .area(arbitrary().enumValues(JigsawArea.class).generate(in))
          .failureMode(arbitrary().enumValues(FailureMode.class).toOptionals(50).generate(in))
          .recommendations(recs)
          .severity(arbitrary().enumValues(Severity.class).generate(in))
          .weight(doubles().between(0.001, 100).generate(in))
          .recordBased(coin.generate(in))
          .sources(sources)
          .sourceNote(texts().toOptionals(70).generate(in))
          .build();
    };
  }

  /** One to three distinct principle ids of a built-in framework, in the framework's order. */
  private static Gen<List<String>> builtInPrinciples(PrincipleFramework framework) {
    List<String> ids = framework.principles().stream().map(p -> p.id()).toList();
    return in -> {
      List<String> picked = new ArrayList<>();
      int count = integers().between(1, Math.min(3, ids.size())).generate(in);
      int from = integers().between(0, ids.size() - count).generate(in);
      picked.addAll(ids.subList(from, from + count));
      return picked;
    };
  }

  /**
   * Checklists of 1 to 8 items, with 0 to 4 frameworks, some of them derived from another.
   *
   * @return the generator
   */
  public static Gen<Checklist> checklists() {
    return in -> {
      int frameworkCount = integers().between(0, FRAMEWORK_IDS.size()).generate(in);
      List<String> frameworkIds = FRAMEWORK_IDS.subList(0, frameworkCount);
      List<FrameworkRef> frameworks = new ArrayList<>();
      for (String f : frameworkIds) {
        frameworks.add(FrameworkRef.of(f, versions().generate(in)));
      }
      int itemCount = integers().between(1, 8).generate(in);
      List<ChecklistItem> items = new ArrayList<>();
      Gen<ChecklistItem> itemGen = items(frameworkIds);
      for (int i = 0; i < itemCount; i++) {
        ChecklistItem item = itemGen.generate(in);
        // Suffixing the position keeps ids distinct without losing their variety.
        items.add(ChecklistItem.copyOf(item).id(item.id() + "-" + i).build());
      }
      String id = ids().generate(in);
      String version = versions().generate(in);
      Optional<ChecklistRef> basedOn =
          ids()
              .zip(versions(), ChecklistRef::of)
              .toOptionals(30)
              .generate(in)
              .filter(b -> !b.equals(ChecklistRef.of(id, version)));
      return Checklist.builder()
          .id(id)
          .version(version)
          .title(texts().generate(in))
          .language(arbitrary().pick(List.of("en", "en-GB", "cy", "pl")).generate(in))
          .frameworks(frameworks)
          .basedOn(basedOn)
          .items(items)
          .build();
    };
  }

  /**
   * Checklist versions such as {@code 1.0} or {@code 2026-03}.
   *
   * @return the generator
   */
  public static Gen<String> versions() {
    return integers()
        .between(0, 30)
        .zip(integers().between(0, 12), (a, b) -> a + "." + b)
        .mix(arbitrary().pick(List.of("1", "2026-03", "v2")));
  }

  /**
   * Answers to any items, with or without a comment or evidence.
   *
   * @param itemId the item answered
   * @return the generator
   */
  public static Gen<ItemResponse> responses(String itemId) {
    return arbitrary()
        .enumValues(Answer.class)
        .zip(
            texts().toOptionals(40),
            texts().toOptionals(30),
            (a, c, e) ->
                ItemResponse.builder().itemId(itemId).answer(a).comment(c).evidence(e).build());
  }

  /**
   * Response sets to any checklist, with 1 to 8 answers to distinct items.
   *
   * @return the generator
   */
  public static Gen<ResponseSet> responseSets() {
    return in -> {
      List<String> itemIds = distinct(ids(), integers().between(1, 8).generate(in)).generate(in);
      return responseSet(ChecklistRef.of(ids().generate(in), versions().generate(in)), itemIds)
          .generate(in);
    };
  }

  /**
   * Response sets that answer some of a checklist's items, so they pass {@link
   * ResponseSet#validateAgainst(Checklist)}.
   *
   * @param checklist the checklist answered
   * @return the generator
   */
  public static Gen<ResponseSet> responseSetsFor(Checklist checklist) {
    Gen<Boolean> coin = booleans().all();
    return in -> {
      List<String> answered = new ArrayList<>();
      for (String id : checklist.itemIds()) {
        if (coin.generate(in)) {
          answered.add(id);
        }
      }
      if (answered.isEmpty()) {
        answered.add(checklist.itemIds().get(0));
      }
      return responseSet(checklist.ref(), answered).generate(in);
    };
  }

  private static Gen<ResponseSet> responseSet(ChecklistRef checklist, List<String> itemIds) {
    Gen<Role> roles = arbitrary().enumValues(Role.class);
    Gen<InterestGroup> groups = arbitrary().enumValues(InterestGroup.class);
    return in -> {
      List<ItemResponse> answers = new ArrayList<>();
      for (String itemId : itemIds) {
        answers.add(responses(itemId).generate(in));
      }
      return ResponseSet.builder()
          .id(ids().generate(in))
          .checklist(checklist)
          .initiativeId(ids().generate(in))
          .reviewRoundId(ids().toOptionals(50).generate(in))
          .raterRole(roles.generate(in))
          .raterInterestGroup(groups.generate(in))
          .participantId(ids().toOptionals(50).generate(in))
          .answers(answers)
          .build();
    };
  }

  private static Gen<List<String>> distinct(Gen<String> ids, int count) {
    return in -> {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        out.add(ids.generate(in) + "-" + i);
      }
      return out;
    };
  }
}
