package org.coproduction.scoring.representation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Document;
import org.coproduction.core.DocumentType;
import org.coproduction.core.internal.Checks;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.SeldomHeardGroup;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whose voices an initiative has in the room: interest groups missing from the initiative, from
 * each body and from each meeting; the share of each body's members with lived experience; and how
 * many people from seldom-heard groups it reached, leaving out any count of 1 to k &minus; 1
 * people. Made by {@link Representation#assess}; a document that can be stored and read back
 * through {@link org.coproduction.core.Documents}.
 *
 * <p>The report never says which person belongs to which seldom-heard group: it holds no
 * participant ids at all. Sources: "Nothing about us without us", Anne Collis, SCIE Co-production
 * Week blog, 23 May 2017; "Co-production in social care: What it is and how to do it", SCIE,
 * October 2013, updated October 2015, section "Diversity".
 */
@Value.Immutable
@DocumentType(name = "representation report", schemaVersion = 1)
@JsonSerialize(as = ImmutableRepresentationReport.class)
@JsonDeserialize(as = ImmutableRepresentationReport.class)
@API(status = STABLE, since = "0.1")
public abstract class RepresentationReport implements Document {
  RepresentationReport() {}

  /**
   * The initiative reported on.
   *
   * @return the initiative's id
   */
  @JsonProperty("initiativeId")
  public abstract String initiativeId();

  /**
   * The settings the report was made with.
   *
   * @return the settings
   */
  @JsonProperty("settings")
  public abstract RepresentationSettings settings();

  /**
   * The interest groups no participant of the initiative speaks for: the part of "all of us" that
   * is missing altogether.
   *
   * @return groups in the order of {@link InterestGroup}
   */
  @JsonProperty("groupsMissing")
  public abstract List<InterestGroup> groupsMissing();

  /**
   * One row per body.
   *
   * @return rows in body id order
   */
  @JsonProperty("bodies")
  public abstract List<BodyRepresentation> bodies();

  /**
   * One row per meeting.
   *
   * @return rows from first meeting to last (by date, start time, then id)
   */
  @JsonProperty("meetings")
  public abstract List<MeetingRepresentation> meetings();

  /**
   * How many participants said they belong to each seldom-heard group, for the groups with at least
   * k; a smaller count is neither shown nor named (see {@link #seldomHeardFewOrNone()}).
   *
   * @return rows in the order of {@link SeldomHeardGroup}
   */
  @JsonProperty("seldomHeard")
  public abstract List<SeldomHeardReach> seldomHeard();

  /**
   * The seldom-heard groups that fewer than k participants said they belong to, none included: a
   * count of 1 to k &minus; 1 is not told apart from none, so nobody is picked out. Recording
   * membership is optional, so this shows who the initiative knows it has reached, not who took
   * part.
   *
   * @return groups in the order of {@link SeldomHeardGroup}
   */
  @JsonProperty("seldomHeardFewOrNone")
  public abstract List<SeldomHeardGroup> seldomHeardFewOrNone();

  /**
   * How many participants said they belong to at least one seldom-heard group. A person in two
   * groups is counted once here and once in each group's row.
   *
   * @return the count, or empty when some group has 1 to k &minus; 1 people, whom the total would
   *     give away next to the rows shown
   */
  @JsonProperty("peopleInSeldomHeardGroups")
  public abstract Optional<Integer> peopleInSeldomHeardGroups();

  /**
   * Whether some count of people was left out because it was from 1 to k &minus; 1: a body's
   * members with or without lived experience, or a seldom-heard group. It never says which.
   *
   * @return true when at least one count was left out
   */
  @JsonProperty("figuresLeftOut")
  public abstract boolean figuresLeftOut();

  /**
   * Starts a new report.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RepresentationReport}; {@code build()} checks the invariants. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRepresentationReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("initiativeId", initiativeId());
    Groups.inOrder("groupsMissing", groupsMissing());
    Groups.inOrder("seldomHeardFewOrNone", seldomHeardFewOrNone());
    for (int i = 1; i < bodies().size(); i++) {
      if (bodies().get(i - 1).bodyId().compareTo(bodies().get(i).bodyId()) >= 0) {
        throw CoProductionException.at(
            "bodies[" + i + "].bodyId", "must be in id order, each body at most once");
      }
    }
    int k = settings().minGroupSize();
    List<SeldomHeardGroup> rows = new ArrayList<>();
    for (int i = 0; i < seldomHeard().size(); i++) {
      SeldomHeardReach r = seldomHeard().get(i);
      rows.add(r.group());
      if (r.people() < k) {
        throw CoProductionException.at(
            "seldomHeard[" + i + "].people",
            "a count of fewer than " + k + " people must be left out");
      }
      if (seldomHeardFewOrNone().contains(r.group())) {
        throw CoProductionException.at(
            "seldomHeard[" + i + "].group", "is also listed as reached by few or none");
      }
    }
    Groups.inOrder("seldomHeard", rows);
    if (rows.size() + seldomHeardFewOrNone().size() != SeldomHeardGroup.values().length) {
      throw CoProductionException.at(
          "seldomHeardFewOrNone",
          "every seldom-heard group must have a row or be listed as reached by few or none");
    }
    if (peopleInSeldomHeardGroups().isPresent()) {
      int total = peopleInSeldomHeardGroups().get();
      if (total != 0 && total < k) {
        throw CoProductionException.at(
            "peopleInSeldomHeardGroups", "a count of fewer than " + k + " people must be left out");
      }
    }
  }
}
