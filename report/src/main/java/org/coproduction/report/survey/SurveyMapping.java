package org.coproduction.report.survey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How to read one survey's CSV export as checklist answers: which column asks which checklist item,
 * which holds the respondent's role and interest group, and what the survey's own words for those
 * and for the answers mean.
 *
 * <p>Organisations ask the checklist's questions with whatever survey tool they already use, in
 * their own words ("Yes, always", "Not sure", "I am a carer"). The mapping is written once per
 * survey and kept beside the exports, so every export of that survey is read the same way. Headings
 * and words are matched ignoring case and spaces at either end. A blank answer cell means the
 * question was not answered, whatever the mapping says.
 *
 * <p>Sources: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
 * Festival blog, 16 June 2016 (a checklist that everybody involved scores); "Nothing about us
 * without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017 (the five interest groups).
 */
@Value.Immutable
@DocumentType(name = "survey mapping", schemaVersion = 1)
@JsonSerialize(as = ImmutableSurveyMapping.class)
@JsonDeserialize(as = ImmutableSurveyMapping.class)
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SurveyMapping implements Document {
  SurveyMapping() {}

  /**
   * A stable id for the mapping.
   *
   * @return the id, for example {@code club-survey-2025}
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The checklist version the survey asks. Every imported response set names it.
   *
   * @return the checklist's id and version
   */
  @JsonProperty("checklist")
  public abstract ChecklistRef checklist();

  /**
   * The initiative the survey asks about.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The review round the survey belongs to, when the initiative is reviewed more than once.
   *
   * @return the round's id, or empty
   */
  @JsonProperty("reviewRoundId")
  public abstract Optional<String> reviewRoundId();

  /**
   * The column with the survey tool's own id for each response, which becomes the response set's
   * id. Without it, a response set is called {@code row-} and its row number.
   *
   * @return the heading, or empty
   */
  @JsonProperty("responseIdColumn")
  public abstract Optional<String> responseIdColumn();

  /**
   * The column where a respondent may give their pseudonymous participant id; a blank cell means
   * they answered anonymously.
   *
   * @return the heading, or empty when every respondent is anonymous
   */
  @JsonProperty("participantIdColumn")
  public abstract Optional<String> participantIdColumn();

  /**
   * The column holding the respondent's answer to "which of these best describes you?".
   *
   * @return the heading
   */
  @JsonProperty("roleColumn")
  public abstract String roleColumn();

  /**
   * What each of the survey's words for a role means.
   *
   * @return survey word to role, for example {@code "I care for a family member"} to {@link
   *     Role#CARER_OR_FAMILY}
   */
  @JsonProperty("roleWords")
  public abstract Map<String, Role> roleWords();

  /**
   * The column holding the interest group the respondent speaks for. Without it, each respondent
   * speaks for their role's usual group ({@link Role#usualInterestGroup()}), so every role in
   * {@link #roleWords()} must have one.
   *
   * @return the heading, or empty
   */
  @JsonProperty("interestGroupColumn")
  public abstract Optional<String> interestGroupColumn();

  /**
   * What each of the survey's words for an interest group means; empty when there is no {@link
   * #interestGroupColumn()}.
   *
   * @return survey word to interest group
   */
  @JsonProperty("interestGroupWords")
  public abstract Map<String, InterestGroup> interestGroupWords();

  /**
   * The questions that ask checklist items, in the survey's order.
   *
   * @return one or more columns, each for a different item
   */
  @JsonProperty("items")
  public abstract List<ItemColumn> items();

  /**
   * What each of the survey's answer words means.
   *
   * @return survey word to answer, for example {@code "Not sure"} to {@link Answer#DONT_KNOW}
   */
  @JsonProperty("answerWords")
  public abstract Map<String, Answer> answerWords();

  /**
   * Every heading the mapping reads, so the importer can check the export has them all.
   *
   * @return headings in a fixed order: response id, participant id, role, interest group, then each
   *     item's answer and comment columns
   */
  public List<String> columnsUsed() {
    List<String> columns = new ArrayList<>();
    responseIdColumn().ifPresent(columns::add);
    participantIdColumn().ifPresent(columns::add);
    columns.add(roleColumn());
    interestGroupColumn().ifPresent(columns::add);
    for (ItemColumn item : items()) {
      columns.add(item.column());
      item.commentColumn().ifPresent(columns::add);
    }
    return List.copyOf(columns);
  }

  /**
   * Looks up a role word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the role, or empty when the word is not one of {@link #roleWords()}
   */
  public Optional<Role> role(String cell) {
    return lookUp(roleWords(), cell);
  }

  /**
   * Looks up an interest group word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the group, or empty when the word is not one of {@link #interestGroupWords()}
   */
  public Optional<InterestGroup> interestGroup(String cell) {
    return lookUp(interestGroupWords(), cell);
  }

  /**
   * Looks up an answer word as a respondent wrote it.
   *
   * @param cell the cell's text
   * @return the answer, or empty when the word is not one of {@link #answerWords()}
   */
  public Optional<Answer> answer(String cell) {
    return lookUp(answerWords(), cell);
  }

  /**
   * A heading or word as the mapping compares it: without spaces at either end, in lower case.
   *
   * @param text a heading, a word or a cell
   * @return the text in the form used for matching
   */
  public static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static <T> Optional<T> lookUp(Map<String, T> words, String cell) {
    String wanted = normalise(cell);
    for (Map.Entry<String, T> e : words.entrySet()) {
      if (normalise(e.getKey()).equals(wanted)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a new mapping.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyMapping}; {@code build()} checks the invariants. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableSurveyMapping.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.id("initiativeId", initiativeId());
    reviewRoundId().ifPresent(r -> Checks.id("reviewRoundId", r));
    responseIdColumn().ifPresent(c -> Checks.notBlank("responseIdColumn", c));
    participantIdColumn().ifPresent(c -> Checks.notBlank("participantIdColumn", c));
    Checks.notBlank("roleColumn", roleColumn());
    interestGroupColumn().ifPresent(c -> Checks.notBlank("interestGroupColumn", c));
    if (items().isEmpty()) {
      throw CoProductionException.at("items", "must name at least one question");
    }
    Checks.uniqueIds("items", "itemId", items(), ItemColumn::itemId);
    checkColumnsDistinct();

    checkWords("roleWords", roleWords());
    checkWords("answerWords", answerWords());
    if (interestGroupColumn().isPresent()) {
      checkWords("interestGroupWords", interestGroupWords());
    } else {
      if (!interestGroupWords().isEmpty()) {
        throw CoProductionException.at(
            "interestGroupWords", "given, but no interestGroupColumn says where to read them");
      }
      for (Map.Entry<String, Role> e : new TreeMap<>(roleWords()).entrySet()) {
        if (e.getValue().usualInterestGroup().isEmpty()) {
          throw CoProductionException.at(
              "roleWords." + e.getKey(),
              e.getValue()
                  + " may speak for any interest group; add an interestGroupColumn to ask");
        }
      }
    }
  }

  /** A heading read for two purposes would put one answer in two places. */
  private void checkColumnsDistinct() {
    Map<String, String> seen = new HashMap<>();
    seen(seen, responseIdColumn(), "responseIdColumn");
    seen(seen, participantIdColumn(), "participantIdColumn");
    seen(seen, Optional.of(roleColumn()), "roleColumn");
    seen(seen, interestGroupColumn(), "interestGroupColumn");
    for (int i = 0; i < items().size(); i++) {
      ItemColumn item = items().get(i);
      seen(seen, Optional.of(item.column()), "items[" + i + "].column");
      seen(seen, item.commentColumn(), "items[" + i + "].commentColumn");
    }
  }

  private static void seen(Map<String, String> seen, Optional<String> column, String path) {
    if (column.isEmpty()) {
      return;
    }
    String first = seen.putIfAbsent(normalise(column.get()), path);
    if (first != null) {
      throw CoProductionException.at(
          path, "column '" + column.get().strip() + "' is already read at " + first);
    }
  }

  private static void checkWords(String path, Map<String, ?> words) {
    if (words.isEmpty()) {
      throw CoProductionException.at(path, "must give at least one word");
    }
    Map<String, String> seen = new HashMap<>();
    for (String word : new TreeMap<>(words).keySet()) {
      if (word.isBlank()) {
        throw CoProductionException.at(
            path, "a blank word cannot be mapped: a blank cell is always left unanswered");
      }
      String first = seen.putIfAbsent(normalise(word), word);
      if (first != null) {
        throw CoProductionException.at(
            path + "." + word,
            "is the same word as '" + first + "' once case and outer spaces are ignored");
      }
    }
  }
}
