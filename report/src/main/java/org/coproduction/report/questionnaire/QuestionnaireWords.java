package org.coproduction.report.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;

/**
 * The questionnaire's own words, defined once: the form, the paper copy and the survey template ask
 * the same questions with the same headings and choices, so a survey export and a saved form read
 * back the same.
 */
final class QuestionnaireWords {
  static final String RESPONSE_ID = "Response id";
  static final String PARTICIPANT = "Participant code";
  static final String ROLE = "Which of these best describes you?";
  static final String GROUP = "Which group do you speak for?";
  static final String PARTICIPANT_HINT =
      "Leave this empty to answer without your name. If you were given a code, type it here."
          + " A code has letters, numbers, dots, dashes or underscores, and no spaces.";
  static final String COMMENT = "Anything to add? (you do not have to)";

  private QuestionnaireWords() {}

  /** The heading of an item's question: its number, so every heading differs, and statement. */
  static String question(int number, ChecklistItem item) {
    return number + ". " + oneLine(item.statement());
  }

  /** The heading of the column for an item's comment. */
  static String comment(int number) {
    return number + ". Anything to add?";
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Each role in the words a rater recognises, in the order the form lists them. */
  static Map<Role, String> roles() {
    Map<Role, String> words = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      words.put(role, role(role));
    }
    return words;
  }

  private static String role(Role role) {
    return switch (role) {
      case PERSON_WHO_USES_SERVICES -> "Someone who uses services";
      case CARER_OR_FAMILY -> "A carer or family member";
      case FRONTLINE_STAFF -> "Front-line staff";
      case MANAGER -> "A manager";
      case COMMISSIONER -> "A commissioner";
      case OTHER_PROFESSIONAL -> "Another professional, such as a nurse or social worker";
      case FACILITATOR -> "A facilitator";
      case VOLUNTEER -> "A volunteer";
      case COMMUNITY_MEMBER -> "A member of the community";
      case RESEARCHER -> "A researcher";
      case BACK_OFFICE -> "Back-office staff, such as finance or administration";
    };
  }

  /** Each of the five interest groups in words, in the order the form lists them. */
  static Map<InterestGroup, String> groups() {
    Map<InterestGroup, String> words = new LinkedHashMap<>();
    for (InterestGroup group : List.of(InterestGroup.values())) {
      words.put(group, group(group));
    }
    return words;
  }

  private static String group(InterestGroup group) {
    return switch (group) {
      case PEOPLE_WHO_USE_SERVICES -> "People who use services";
      case FAMILY_AND_FRIENDS_WHO_CARE -> "Family and friends who care";
      case MEMBERS_OF_THE_PUBLIC -> "Members of the public";
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES -> "People who commission and run services";
      case PEOPLE_WHO_WORK_IN_SERVICES -> "People who work in services";
    };
  }
}
