package org.coproduction.report.survey;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for valid survey mappings against the built-in checklist, and for survey
 * exports that fit them, for reuse by the {@code evaluate} command's tests.
 */
public final class SurveyGenerators {
  private SurveyGenerators() {}

  private static final Map<Answer, List<String>> ANSWER_WORDS = new EnumMap<>(Answer.class);

  static {
    ANSWER_WORDS.put(Answer.YES, List.of("Yes", "Always", "Yes, fully"));
    ANSWER_WORDS.put(Answer.PARTLY, List.of("Partly", "Sometimes", "Some of the time"));
    ANSWER_WORDS.put(Answer.NO, List.of("No", "Never", "Not at all"));
    ANSWER_WORDS.put(Answer.DONT_KNOW, List.of("Don't know", "Not sure"));
    ANSWER_WORDS.put(Answer.NOT_APPLICABLE, List.of("N/A", "Does not apply"));
  }

  private static final Map<String, Role> ROLE_WORDS = new LinkedHashMap<>();

  static {
    ROLE_WORDS.put("I use the service", Role.PERSON_WHO_USES_SERVICES);
    ROLE_WORDS.put("Carer, family or friend", Role.CARER_OR_FAMILY);
    ROLE_WORDS.put("Front-line staff", Role.FRONTLINE_STAFF);
    ROLE_WORDS.put("Manager", Role.MANAGER);
    ROLE_WORDS.put("Commissioner", Role.COMMISSIONER);
    ROLE_WORDS.put("Volunteer", Role.VOLUNTEER);
    ROLE_WORDS.put("Local resident", Role.COMMUNITY_MEMBER);
  }

  private static final Map<String, InterestGroup> GROUP_WORDS = new LinkedHashMap<>();

  static {
    GROUP_WORDS.put("People who use services", InterestGroup.PEOPLE_WHO_USE_SERVICES);
    GROUP_WORDS.put("Carers", InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE);
    GROUP_WORDS.put("The public", InterestGroup.MEMBERS_OF_THE_PUBLIC);
    GROUP_WORDS.put("Those who run services", InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES);
    GROUP_WORDS.put("Those who work in services", InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES);
  }

  /**
   * Valid mappings of one to six built-in checklist items, with or without response id, participant
   * id, interest group and comment columns, and one or more words per answer.
   *
   * @return the mappings
   */
  public static Gen<SurveyMapping> mappings() {
    return in -> {
      List<String> itemIds = new ArrayList<>(BuiltInChecklist.get().itemIds());
      shuffle(in, itemIds);
      int n = range(1, 6).generate(in);
      SurveyMapping.Builder mapping =
          SurveyMapping.builder()
              .id(pick(List.of("survey", "club-survey-2025", "s.1")).generate(in))
              .checklist(BuiltInChecklist.get().ref())
              .initiativeId(pick(List.of("club", "fair-2025")).generate(in))
              .roleColumn(pick(List.of("Role", "Which of these best describes you?")).generate(in));
      for (int i = 0; i < n; i++) {
        ItemColumn.Builder item =
            ItemColumn.builder()
                .column("Q" + (i + 1) + ". " + itemIds.get(i) + "?")
                .itemId(itemIds.get(i));
        if (booleans().generate(in)) {
          item.commentColumn("Q" + (i + 1) + " comments");
        }
        mapping.addItems(item.build());
      }
      if (booleans().generate(in)) {
        mapping.reviewRoundId("round-1");
      }
      if (booleans().generate(in)) {
        mapping.responseIdColumn("Response ID");
      }
      if (booleans().generate(in)) {
        mapping.participantIdColumn("Member number");
      }
      for (Map.Entry<String, Role> e : ROLE_WORDS.entrySet()) {
        if (booleans().generate(in)) {
          mapping.putRoleWords(e.getKey(), e.getValue());
        }
      }
      mapping.putRoleWords("Other staff", Role.OTHER_PROFESSIONAL);
      if (booleans().generate(in)) {
        mapping.interestGroupColumn("Speaking for");
        mapping.putAllInterestGroupWords(GROUP_WORDS);
        mapping.putRoleWords("Facilitator", Role.FACILITATOR);
      }
      for (Map.Entry<Answer, List<String>> e : ANSWER_WORDS.entrySet()) {
        if (e.getKey() == Answer.YES || booleans().generate(in)) {
          for (String word : e.getValue().subList(0, range(1, e.getValue().size()).generate(in))) {
            mapping.putAnswerWords(word, e.getKey());
          }
        }
      }
      return mapping.build();
    };
  }

  private static <T> void shuffle(RandomnessSource in, List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      Collections.swap(items, i, range(0, i).generate(in));
    }
  }
}
