package org.coproduction.checklist.records;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.CoProductionException;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What an initiative's records say about one checklist item, set beside what the raters said, with
 * neither side changed. Records can show that notice was short; only people can say whether it kept
 * them away. When the two disagree (the records say {@code NO} while most raters say {@code YES},
 * or the other way round) that is itself worth showing the provider: raters may not know what the
 * records show, or the records may miss what people lived through. Source: "The Co-production
 * Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016;
 * "Co-production: Practicing what they preach?", Anonymous, SCIE Co-production Festival blog, 28
 * June 2016 (one side may see tokenism where the other sees co-production).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordComparison.class)
@JsonDeserialize(as = ImmutableRecordComparison.class)
@API(status = STABLE, since = "0.1")
public abstract class RecordComparison {
  RecordComparison() {}

  /** How the records and the raters stand on one item. */
  @API(status = STABLE, since = "0.1")
  public enum Disagreement {
    /** No clear disagreement: they agree, one side is unsure, or raters are split. */
    NONE,
    /** The records say {@code NO} while most raters say {@code YES}. */
    RECORDS_NO_RATERS_YES,
    /** The records say {@code YES} while most raters say {@code NO}. */
    RECORDS_YES_RATERS_NO
  }

  /**
   * What the records say, with the evidence.
   *
   * @return the record-based answer
   */
  @Value.Parameter
  @JsonProperty("recordAnswer")
  public abstract RecordAnswer recordAnswer();

  /**
   * What each rater who answered the item said, comments and evidence included, as they gave it.
   *
   * @return the raters' responses to this item; may be empty when no one answered it
   */
  @Value.Parameter
  @JsonProperty("raterResponses")
  public abstract List<ItemResponse> raterResponses();

  /**
   * Sets a record-based answer beside raters' responses to the same item.
   *
   * @param recordAnswer what the records say
   * @param raterResponses what raters said about the same item
   * @return the comparison
   * @throws CoProductionException when a response is to another item, with its path
   */
  public static RecordComparison of(RecordAnswer recordAnswer, List<ItemResponse> raterResponses) {
    return ImmutableRecordComparison.of(recordAnswer, raterResponses);
  }

  /**
   * Sets a record-based answer beside what every rater said about the same item, taken from their
   * response sets. Raters who left the item out are left out here. The response sets must all
   * answer one checklist version about one initiative, so answers are never pooled across them.
   *
   * @param recordAnswer what the records say
   * @param responseSets the raters' response sets
   * @return the comparison, with the raters' responses in the order of {@code responseSets}
   * @throws CoProductionException when the response sets name different checklist versions or
   *     initiatives, with the path of the first that differs, for example {@code
   *     responseSets[2].checklist}
   */
  public static RecordComparison from(
      RecordAnswer recordAnswer, Collection<ResponseSet> responseSets) {
    List<ResponseSet> sets = new ArrayList<>(responseSets);
    for (int i = 1; i < sets.size(); i++) {
      ResponseSet first = sets.get(0);
      ResponseSet set = sets.get(i);
      if (!set.checklist().equals(first.checklist())) {
        throw CoProductionException.at(
            "responseSets[" + i + "].checklist",
            "answers checklist "
                + set.checklist()
                + " but responseSets[0] answers "
                + first.checklist()
                + "; compare one checklist version at a time");
      }
      if (!set.initiativeId().equals(first.initiativeId())) {
        throw CoProductionException.at(
            "responseSets[" + i + "].initiativeId",
            "is about initiative '"
                + set.initiativeId()
                + "' but responseSets[0] is about '"
                + first.initiativeId()
                + "'");
      }
    }
    List<ItemResponse> responses = new ArrayList<>();
    for (ResponseSet set : sets) {
      for (ItemResponse r : set.answers()) {
        if (r.itemId().equals(recordAnswer.itemId())) {
          responses.add(r);
        }
      }
    }
    return of(recordAnswer, responses);
  }

  /**
   * Sets each record-based answer beside the raters' responses to its item.
   *
   * @param recordAnswers what the records say, for example from {@link RecordChecks#answer}
   * @param responseSets the raters' response sets, all to one checklist version and initiative
   * @return one comparison per record-based answer, in the same order
   * @throws CoProductionException as {@link #from(RecordAnswer, Collection)} does
   */
  public static List<RecordComparison> compareAll(
      List<RecordAnswer> recordAnswers, Collection<ResponseSet> responseSets) {
    List<RecordComparison> out = new ArrayList<>();
    for (RecordAnswer a : recordAnswers) {
      out.add(from(a, responseSets));
    }
    return List.copyOf(out);
  }

  /**
   * The item both sides answer.
   *
   * @return the item id
   */
  public String itemId() {
    return recordAnswer().itemId();
  }

  /**
   * How many raters gave each answer on the yes/partly/no scale. Answers on another scale (see
   * {@link org.coproduction.checklist.AnswerScale}) are not counted here, so they never make a
   * disagreement: a score report compares the records with raters on any scale by their score, in
   * {@code RecordsVersusRaters}.
   *
   * @return a count for every answer on the scale, 0 for answers no one gave
   */
  public Map<Answer, Integer> raterCounts() {
    Map<Answer, Integer> counts = new EnumMap<>(Answer.class);
    for (Answer a : Answer.values()) {
      counts.put(a, 0);
    }
    for (ItemResponse r : raterResponses()) {
      for (Answer a : Answer.values()) {
        if (a.name().equals(r.answerCode())) {
          counts.merge(a, 1, Integer::sum);
        }
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Whether the records and most raters point opposite ways. "Most raters" means more than half of
   * the raters who gave a scored answer ({@code YES}, {@code PARTLY} or {@code NO}); {@code
   * DONT_KNOW} and {@code NOT_APPLICABLE} are left out, as in scoring. A {@code PARTLY} from the
   * records, or a records answer of {@code DONT_KNOW} or {@code NOT_APPLICABLE}, is never a
   * disagreement.
   *
   * @return the kind of disagreement, or {@link Disagreement#NONE}
   */
  public Disagreement disagreement() {
    Map<Answer, Integer> counts = raterCounts();
    int scored = counts.get(Answer.YES) + counts.get(Answer.PARTLY) + counts.get(Answer.NO);
    Answer records = recordAnswer().answer();
    if (records == Answer.NO && 2 * counts.get(Answer.YES) > scored) {
      return Disagreement.RECORDS_NO_RATERS_YES;
    }
    if (records == Answer.YES && 2 * counts.get(Answer.NO) > scored) {
      return Disagreement.RECORDS_YES_RATERS_NO;
    }
    return Disagreement.NONE;
  }

  /**
   * Whether the records and most raters point opposite ways.
   *
   * @return true when {@link #disagreement()} is not {@link Disagreement#NONE}
   */
  public boolean disagrees() {
    return disagreement() != Disagreement.NONE;
  }

  @Value.Check
  void check() {
    for (int i = 0; i < raterResponses().size(); i++) {
      String itemId = raterResponses().get(i).itemId();
      if (!itemId.equals(itemId())) {
        throw CoProductionException.at(
            "raterResponses[" + i + "].itemId",
            "answers item '" + itemId + "', but the records answer '" + itemId() + "'");
      }
    }
  }
}
