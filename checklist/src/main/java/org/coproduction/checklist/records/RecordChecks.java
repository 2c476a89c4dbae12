package org.coproduction.checklist.records;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FailureMode;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.core.initiative.Decision;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.Meeting;
import org.coproduction.core.initiative.StagePlan;
import org.coproduction.core.initiative.Suggestion;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Participant;

/**
 * Answers the record-based items of the checklist from an initiative's own records, without asking
 * anyone: how much notice each meeting had, whether expenses and fees were offered, who was invited
 * and who came, whether the venue met people's access needs, whether comments were written down and
 * suggestions fed back, and when people who use services and carers came in. Source: "The
 * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June
 * 2016 (the ten failures these checks look for).
 *
 * <p>Every function is pure: it reads only its arguments, keeps no state, and gives the same
 * answer, with the same evidence in the same order, however the meetings, participants, suggestions
 * and decisions are ordered in the record. It is safe to call from many threads.
 *
 * <p>How answers are reached:
 *
 * <ul>
 *   <li>{@code NOT_APPLICABLE} when the records hold nothing the item is about (no meetings, say);
 *       never {@code YES} on no evidence.
 *   <li>{@code DONT_KNOW} when the records that exist do not hold what the item needs (meetings,
 *       but no one said when they can come).
 *   <li>Otherwise, where an item checks many records of one kind (meetings, suggestions,
 *       decisions): {@code YES} when every record checked passes, {@code PARTLY} when at least
 *       {@link RecordCheckSettings#partlyShare()} of them pass, {@code NO} when fewer do. An item
 *       with two parts that must both hold (minutes and suggestions; joining and decisions) takes
 *       the worse of the two. {@code all-groups-invited} and the joining part of {@code
 *       involved-from-start} have their own rules, given on their functions.
 *   <li>Each {@code NO} or {@code PARTLY} lists every record that falls short, as {@link Evidence}
 *       naming the meeting, suggestion, decision, stage or interest group. A {@code YES} carries no
 *       evidence.
 * </ul>
 *
 * <p>A record-based answer sits beside what raters say and never replaces it; see {@link
 * RecordComparison}. The evidence never names a person's access needs or seldom-heard groups.
 */
@API(status = STABLE, since = "0.1")
public final class RecordChecks {
  private RecordChecks() {}

  /** Item id: people who use services and carers were involved from the first stage. */
  public static final String INVOLVED_FROM_START = "involved-from-start";

  /** Item id: each person who made a suggestion was told what happened to it, and why. */
  public static final String OUTCOMES_FED_BACK = "outcomes-fed-back";

  /** Item id: expenses offered, and a fee where others in the room were paid. */
  public static final String EXPENSES_AND_FEES = "expenses-and-fees";

  /** Item id: enough notice of each meeting. */
  public static final String NOTICE_GIVEN = "notice-given";

  /** Item id: meetings at times the people invited said they could come. */
  public static final String CONVENIENT_TIMES = "convenient-times";

  /** Item id: each venue met the access needs of everyone who came. */
  public static final String VENUE_ACCESS = "venue-access";

  /** Item id: all five interest groups invited and present. */
  public static final String ALL_GROUPS_INVITED = "all-groups-invited";

  /** Item id: minutes of every meeting, and each suggestion written down. */
  public static final String COMMENTS_RECORDED = "comments-recorded";

  /** The ids of the items these checks answer, in the order of the {@link BuiltInChecklist}. */
  public static final List<String> ITEM_IDS =
      List.of(
          INVOLVED_FROM_START,
          OUTCOMES_FED_BACK,
          EXPENSES_AND_FEES,
          NOTICE_GIVEN,
          CONVENIENT_TIMES,
          VENUE_ACCESS,
          ALL_GROUPS_INVITED,
          COMMENTS_RECORDED);

  private static final Map<String, BiFunction<Initiative, RecordCheckSettings, RecordAnswer>>
      CHECKS =
          Map.of(
              INVOLVED_FROM_START, RecordChecks::involvedFromStart,
              OUTCOMES_FED_BACK, RecordChecks::outcomesFedBack,
              EXPENSES_AND_FEES, RecordChecks::expensesAndFees,
              NOTICE_GIVEN, RecordChecks::noticeGiven,
              CONVENIENT_TIMES, RecordChecks::convenientTimes,
              VENUE_ACCESS, RecordChecks::venueAccess,
              ALL_GROUPS_INVITED, RecordChecks::allGroupsInvited,
              COMMENTS_RECORDED, RecordChecks::commentsRecorded);

  private static final Comparator<Suggestion> SUGGESTION_ORDER =
      Comparator.comparing(Suggestion::raisedOn).thenComparing(Suggestion::id);

  private static final Comparator<Decision> DECISION_ORDER =
      Comparator.comparing(Decision::decidedOn).thenComparing(Decision::id);

  // Whole-initiative answers

  /**
   * Answers all eight record-based items of the built-in checklist with the standard thresholds.
   *
   * @param initiative the initiative's records
   * @return one answer per item, in the order of {@link #ITEM_IDS}
   */
  public static List<RecordAnswer> answer(Initiative initiative) {
    return answer(initiative, RecordCheckSettings.defaults());
  }

  /**
   * Answers all eight record-based items of the built-in checklist.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return one answer per item, in the order of {@link #ITEM_IDS}
   */
  public static List<RecordAnswer> answer(Initiative initiative, RecordCheckSettings settings) {
    List<RecordAnswer> answers = new ArrayList<>();
    for (String itemId : ITEM_IDS) {
      answers.add(CHECKS.get(itemId).apply(initiative, settings));
    }
    return List.copyOf(answers);
  }

  /**
   * Answers the record-based items of any checklist, such as one an organisation derived from the
   * built-in checklist. Derived checklists keep item ids, so the items they kept are answered the
   * same way. An item is answered when it is marked {@link ChecklistItem#recordBased()} and its id
   * is one of {@link #ITEM_IDS}; an organisation's own record-based items, which the library cannot
   * know how to check, are left to raters.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @param checklist the checklist whose items to answer
   * @return the answers, in the checklist's item order
   */
  public static List<RecordAnswer> answer(
      Initiative initiative, RecordCheckSettings settings, Checklist checklist) {
    return checklist.items().stream()
        .filter(ChecklistItem::recordBased)
        .map(ChecklistItem::id)
        .filter(CHECKS::containsKey)
        .map(id -> CHECKS.get(id).apply(initiative, settings))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Answers one record-based item by its id.
   *
   * @param itemId an item id, one of {@link #ITEM_IDS} to get an answer
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return the answer, or empty when the id is not one the records can answer
   */
  public static Optional<RecordAnswer> answerItem(
      String itemId, Initiative initiative, RecordCheckSettings settings) {
    return Optional.ofNullable(CHECKS.get(itemId)).map(c -> c.apply(initiative, settings));
  }

  /**
   * The record-based items whose answer turns to {@code NO} when the records show one of the ten
   * failures, so a provider can see which failures its records already reveal. This differs from
   * {@link ChecklistItem#failureMode()}, which names the one failure an item was written against: a
   * solution decided in advance, for instance, has its own rated item, but the records catch it as
   * a decision settled before people who use services and carers joined.
   *
   * <p>The lack of lunch, part of {@link FailureMode#POOR_NOTICE_AND_TIMING}, is not among the
   * record-based items: whether food was needed depends on the hours and on people's needs, so the
   * rated item {@code refreshments-and-breaks} covers it; the records catch the notice and the
   * times. Whether a rejection was because an idea "did not fit" only people can judge; the records
   * catch a rejection given no reason or not fed back.
   *
   * @param failure one of the ten failures
   * @return the ids of the items that catch it, in the order of {@link #ITEM_IDS}; never empty
   */
  public static List<String> itemsThatCatch(FailureMode failure) {
    switch (failure) {
      case INVOLVED_ONLY_AT_THE_END:
      case SOLUTION_DECIDED_IN_ADVANCE:
        return List.of(INVOLVED_FROM_START);
      case SUGGESTIONS_REJECTED_FOR_NOT_FITTING:
      case LISTENED_TO_BUT_NOT_IN_THE_RESULT:
      case NEVER_HEARD_OF_AGAIN:
        return List.of(OUTCOMES_FED_BACK);
      case NO_EXPENSES_OR_FEE:
        return List.of(EXPENSES_AND_FEES);
      case POOR_NOTICE_AND_TIMING:
        return List.of(NOTICE_GIVEN, CONVENIENT_TIMES);
      case VENUE_NOT_ACCESSIBLE:
        return List.of(VENUE_ACCESS);
      case KEY_STAKEHOLDERS_MISSING:
        return List.of(ALL_GROUPS_INVITED);
      case COMMENTS_NOT_RECORDED:
        return List.of(COMMENTS_RECORDED);
      default:
        throw new IllegalArgumentException("unknown failure mode " + failure);
    }
  }

  // One item each

  /**
   * {@code notice-given}: were people told of each meeting at least {@link
   * RecordCheckSettings#minimumNoticeDays()} days before it? Two days' notice is one of the
   * failures the "co-production police" list. Each meeting is checked; the answer follows the share
   * of meetings with enough notice.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} without meetings; otherwise the answer, with each meeting that
   *     had too little notice
   */
  public static RecordAnswer noticeGiven(Initiative initiative, RecordCheckSettings settings) {
    Tally meetings = new Tally();
    int needed = settings.minimumNoticeDays();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.noticeDays() >= needed) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            days(m.noticeDays()) + " notice; at least " + needed + " needed");
      }
    }
    return Tally.answer(NOTICE_GIVEN, meetings.byShare(settings), meetings.evidence());
  }

  /**
   * {@code expenses-and-fees}: were expenses offered for every meeting, and a fee where others in
   * the room were paid? A fee is owed at a meeting when someone came as part of a paid job (a
   * provider-side role: frontline staff, manager, commissioner, other professional, back-office
   * staff) while someone who uses services or cares for someone, and holds no such role, came too.
   * Each meeting is checked for both; the answer follows the share of meetings that met both.
   * Sources: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
   * Festival blog, 16 June 2016 (no travel expenses, let alone a fee); "Co-production in social
   * care: What it is and how to do it", SCIE, October 2013, updated October 2015, section
   * "Redesigning Support for Care Leavers" (young people unpaid while everyone else was paid).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} without meetings; otherwise the answer, with each meeting that
   *     offered no expenses or owed a fee it did not offer
   */
  public static RecordAnswer expensesAndFees(Initiative initiative, RecordCheckSettings settings) {
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      List<String> findings = new ArrayList<>();
      if (!m.expensesOffered()) {
        findings.add("expenses were not offered");
      }
      if (!m.feesOffered() && feeOwed(m, people)) {
        findings.add(
            "no fee was offered to people who use services or carers,"
                + " though others in the room were there as part of a paid job");
      }
      meetings.count(Evidence.Kind.MEETING, m.id(), findings);
    }
    return Tally.answer(EXPENSES_AND_FEES, meetings.byShare(settings), meetings.evidence());
  }

  /**
   * {@code convenient-times}: were meetings held at times the people invited said they could come?
   * Only invitees who stated when they can come are counted: someone who stated nothing neither
   * passes nor fails a meeting. A meeting passes when its day and times fall within the stated
   * availability of every such invitee; the answer follows the share of meetings that pass. Source:
   * "The Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog,
   * 16 June 2016 (times impossible because of other commitments).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} without meetings; {@code DONT_KNOW} when no invitee of any
   *     meeting said when they can come; otherwise the answer, with each meeting held when some
   *     invitees said they could not come
   */
  public static RecordAnswer convenientTimes(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(CONVENIENT_TIMES, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      List<Participant> stated =
          m.invited().stream()
              .map(people::get)
              .filter(p -> !p.availability().isEmpty())
              .collect(Collectors.toList());
      if (stated.isEmpty()) {
        continue;
      }
      long unsuited = stated.stream().filter(p -> !m.timesSuit(p)).count();
      if (unsuited == 0) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            unsuited
                + " of "
                + stated.size()
                + (stated.size() == 1 ? " invitee" : " invitees")
                + " who said when they can come could not come at this time");
      }
    }
    if (meetings.isEmpty()) {
      return Tally.answer(CONVENIENT_TIMES, Answer.DONT_KNOW, List.of());
    }
    return Tally.answer(CONVENIENT_TIMES, meetings.byShare(settings), meetings.evidence());
  }

  /**
   * {@code all-groups-invited}: were all five interest groups invited, and did each come? Taken
   * over all meetings: a group counts as invited when someone who speaks for it was invited to, or
   * came to, at least one meeting, and as present when someone who speaks for it came to at least
   * one. The answer is {@code NO} when some group was never invited, {@code PARTLY} when every
   * group was invited but some group never came, and {@code YES} when every group came. Sources:
   * "Nothing about us without us", Anne Collis, SCIE Co-production Week blog, 23 May 2017 (the five
   * interest groups); "The Co-production Police and accountability", Kevin Minier, SCIE
   * Co-production Festival blog, 16 June 2016 (key stakeholders not present or not even invited).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply (this item does not use them)
   * @return {@code NOT_APPLICABLE} without meetings; {@code DONT_KNOW} when no meeting records
   *     anyone invited or attending; otherwise the answer, with each group never invited or never
   *     present
   */
  public static RecordAnswer allGroupsInvited(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(ALL_GROUPS_INVITED, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Set<InterestGroup> reached = EnumSet.noneOf(InterestGroup.class);
    Set<InterestGroup> present = EnumSet.noneOf(InterestGroup.class);
    for (Meeting m : initiative.meetings()) {
      m.invited().forEach(id -> reached.add(people.get(id).interestGroup()));
      m.attended().forEach(id -> present.add(people.get(id).interestGroup()));
    }
    reached.addAll(present);
    if (reached.isEmpty()) {
      return Tally.answer(ALL_GROUPS_INVITED, Answer.DONT_KNOW, List.of());
    }
    int count = initiative.meetings().size();
    List<Evidence> evidence = new ArrayList<>();
    Answer answer = Answer.YES;
    for (InterestGroup g : InterestGroup.values()) {
      if (!reached.contains(g)) {
        answer = Answer.NO;
        evidence.add(
            evidence(
                Evidence.Kind.INTEREST_GROUP,
                g.name(),
                "no one from this group was invited to "
                    + (count == 1 ? "the meeting" : "any of the " + count + " meetings")));
      } else if (!present.contains(g)) {
        if (answer == Answer.YES) {
          answer = Answer.PARTLY;
        }
        evidence.add(
            evidence(
                Evidence.Kind.INTEREST_GROUP,
                g.name(),
                "invited, but no one from this group came to "
                    + (count == 1 ? "the meeting" : "any of the " + count + " meetings")));
      }
    }
    return Tally.answer(ALL_GROUPS_INVITED, answer, evidence);
  }

  /**
   * {@code venue-access}: did each venue meet the access needs of everyone who came? A meeting
   * passes when every attendee's recorded needs are among those the venue met; meetings with no
   * attendance recorded are not checked; the answer follows the share of meetings that pass. The
   * evidence counts the attendees whose needs were not met and names the meeting, never the person
   * or the need: both are sensitive. Sources: "The Co-production Police and accountability", Kevin
   * Minier, SCIE Co-production Festival blog, 16 June 2016 (the venue did not consider physical or
   * sensory access); "Co-production in social care: What it is and how to do it", SCIE, October
   * 2013, updated October 2015, section "Access".
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} without meetings; {@code DONT_KNOW} when no meeting records who
   *     came; otherwise the answer, with each meeting where someone's needs were not met
   */
  public static RecordAnswer venueAccess(Initiative initiative, RecordCheckSettings settings) {
    if (initiative.meetings().isEmpty()) {
      return Tally.answer(VENUE_ACCESS, Answer.NOT_APPLICABLE, List.of());
    }
    Map<String, Participant> people = byId(initiative);
    Tally meetings = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.attended().isEmpty()) {
        continue;
      }
      long unmet =
          m.attended().stream()
              .map(people::get)
              .filter(p -> !m.unmetAccessNeeds(p).isEmpty())
              .count();
      if (unmet == 0) {
        meetings.pass();
      } else {
        meetings.fail(
            Evidence.Kind.MEETING,
            m.id(),
            unmet == 1
                ? "1 attendee's access needs were not met"
                : unmet + " attendees' access needs were not met");
      }
    }
    if (meetings.isEmpty()) {
      return Tally.answer(VENUE_ACCESS, Answer.DONT_KNOW, List.of());
    }
    return Tally.answer(VENUE_ACCESS, meetings.byShare(settings), meetings.evidence());
  }

  /**
   * {@code comments-recorded}: were minutes kept of every meeting, and each suggestion written
   * down? Two parts that must both hold: the share of meetings with minutes, and the share of
   * suggestions recorded; the answer is the worse of the two, and a part with nothing to check (no
   * suggestions, say) is left out. Source: "The Co-production Police and accountability", Kevin
   * Minier, SCIE Co-production Festival blog, 16 June 2016 (key comments not documented, so
   * ignored).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} with no meetings and no suggestions; otherwise the answer, with
   *     each meeting without minutes and each suggestion not written down
   */
  public static RecordAnswer commentsRecorded(Initiative initiative, RecordCheckSettings settings) {
    Tally minutes = new Tally();
    for (Meeting m : initiative.meetingsInDateOrder()) {
      if (m.minutesKept()) {
        minutes.pass();
      } else {
        minutes.fail(Evidence.Kind.MEETING, m.id(), "no minutes were kept");
      }
    }
    Tally suggestions = new Tally();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (s.recorded()) {
        suggestions.pass();
      } else {
        suggestions.fail(
            Evidence.Kind.SUGGESTION, s.id(), "not written into the minutes or other records");
      }
    }
    List<Evidence> evidence = new ArrayList<>(minutes.evidence());
    evidence.addAll(suggestions.evidence());
    return Tally.answer(
        COMMENTS_RECORDED,
        Tally.worst(minutes.byShare(settings), suggestions.byShare(settings)),
        evidence);
  }

  /**
   * {@code outcomes-fed-back}: was each person who made a suggestion told what became of it, and
   * why when it was turned down? Each decided suggestion (adopted, adapted or rejected) is checked:
   * it passes when its outcome was fed back and, if rejected, a reason was given. Pending
   * suggestions are not judged. The answer follows the share of decided suggestions that pass.
   * Sources: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
   * Festival blog, 16 June 2016 (suggestions rejected for not fitting, none of it in the final
   * service, never heard of again); "Co-production in social care: What it is and how to do it",
   * SCIE, October 2013, updated October 2015, section "Redesigning Support for Care Leavers"
   * (feedback so that everyone knows what happened and why).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when no suggestion has been decided; otherwise the answer, with
   *     each suggestion not fed back or rejected without a reason
   */
  public static RecordAnswer outcomesFedBack(Initiative initiative, RecordCheckSettings settings) {
    Tally suggestions = new Tally();
    for (Suggestion s : sorted(initiative.suggestions(), SUGGESTION_ORDER)) {
      if (!s.outcome().isDecided()) {
        continue;
      }
      List<String> findings = new ArrayList<>();
      if (!s.fedBack()) {
        findings.add(
            "the outcome ("
                + s.outcome().name().toLowerCase(Locale.ROOT)
                + ") was not fed back to "
                + s.raisedBy());
      }
      if (s.rejectedWithoutReason()) {
        findings.add("rejected with no reason given");
      }
      suggestions.count(Evidence.Kind.SUGGESTION, s.id(), findings);
    }
    return Tally.answer(OUTCOMES_FED_BACK, suggestions.byShare(settings), suggestions.evidence());
  }

  /**
   * {@code involved-from-start}: were people who use services and carers involved from the first
   * stage, with nothing decided before they joined? Two parts that must both hold; the answer is
   * the worse of the two.
   *
   * <p>Joining, judged strictly ({@code YES} or {@code NO}, since coming in late is the failure
   * itself): the first stage (the stage plan that started earliest) must have been joined by people
   * who use services and carers on or before the day it started; and someone who uses services or
   * cares for someone must be recorded as invited to, or at, the first meeting. A stage plan with
   * no start date is not judged. Inviting more people never makes this part worse.
   *
   * <p>Decisions, by share: a decision fails when it is recorded as settled before they were
   * involved, or when it was taken before the day they joined its stage (or, for a decision of no
   * stage or of a stage they never joined, before the earliest day they joined any stage).
   *
   * <p>Sources: "The Co-production Police and accountability", Kevin Minier, SCIE Co-production
   * Festival blog, 16 June 2016 (not involved until the end; the solution already decided);
   * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, section "Identifying and involving the right people from the start".
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when there is no started stage, no meeting and no decision;
   *     otherwise the answer, with the late or never-joined first stage, the first meeting without
   *     them, and each decision settled before they joined
   */
  public static RecordAnswer involvedFromStart(
      Initiative initiative, RecordCheckSettings settings) {
    Tally joining = new Tally();
    Optional<StagePlan> first =
        initiative.stages().stream()
            .filter(p -> p.started().isPresent())
            .min(
                Comparator.comparing((StagePlan p) -> p.started().orElseThrow())
                    .thenComparing(StagePlan::stage));
    first.ifPresent(p -> judgeFirstStage(p, joining));

    List<Meeting> meetings = initiative.meetingsInDateOrder();
    if (!meetings.isEmpty()) {
      Meeting m = meetings.get(0);
      Map<String, Participant> people = byId(initiative);
      boolean withThem =
          m.invited().stream().anyMatch(id -> livedExperience(people.get(id)))
              || m.attended().stream().anyMatch(id -> livedExperience(people.get(id)));
      if (withThem) {
        joining.pass();
      } else {
        joining.fail(
            Evidence.Kind.MEETING,
            m.id(),
            "no one who uses services or is a carer is recorded as invited to or at the first"
                + " meeting");
      }
    }

    Optional<LocalDate> earliestJoin =
        initiative.stages().stream()
            .flatMap(p -> p.usersAndCarersJoined().stream())
            .min(Comparator.naturalOrder());
    Tally decisions = new Tally();
    for (Decision d : sorted(initiative.decisions(), DECISION_ORDER)) {
      List<String> findings = new ArrayList<>();
      if (d.settledBeforeUsersInvolved()) {
        findings.add("recorded as settled before people who use services and carers were involved");
      }
      Optional<LocalDate> joined =
          d.stage()
              .flatMap(initiative::stagePlan)
              .flatMap(StagePlan::usersAndCarersJoined)
              .or(() -> earliestJoin);
      if (joined.isPresent() && d.decidedOn().isBefore(joined.get())) {
        findings.add(
            "decided on "
                + d.decidedOn()
                + ", before people who use services and carers joined on "
                + joined.get());
      }
      decisions.count(Evidence.Kind.DECISION, d.id(), findings);
    }

    List<Evidence> evidence = new ArrayList<>(joining.evidence());
    evidence.addAll(decisions.evidence());
    return Tally.answer(
        INVOLVED_FROM_START,
        Tally.worst(joining.strictly(), decisions.byShare(settings)),
        evidence);
  }

  // Helpers

  private static void judgeFirstStage(StagePlan p, Tally joining) {
    LocalDate started = p.started().orElseThrow();
    Optional<LocalDate> joined = p.usersAndCarersJoined();
    if (joined.isEmpty()) {
      joining.fail(
          Evidence.Kind.STAGE,
          p.stage().name(),
          "the first stage started on "
              + started
              + " and people who use services and carers never joined it");
    } else if (joined.get().isAfter(started)) {
      joining.fail(
          Evidence.Kind.STAGE,
          p.stage().name(),
          "the first stage started on "
              + started
              + " but people who use services and carers joined only on "
              + joined.get()
              + ", "
              + later(ChronoUnit.DAYS.between(started, joined.get())));
    } else {
      joining.pass();
    }
  }

  /** Whether someone speaks from lived experience of using services or caring. */
  private static boolean livedExperience(Participant p) {
    return p.onLivedExperienceSide() || p.interestGroup().isPersonWithLivedExperienceSide();
  }

  /**
   * A fee is owed when someone in the room is there as part of a paid job while someone who uses
   * services or cares, and holds no paid role, is there too.
   */
  private static boolean feeOwed(Meeting m, Map<String, Participant> people) {
    boolean paid = false;
    boolean unpaid = false;
    for (String id : m.attended()) {
      Participant p = people.get(id);
      paid |= p.onProviderSide();
      unpaid |= p.onLivedExperienceSide() && !p.onProviderSide();
    }
    return paid && unpaid;
  }

  private static Map<String, Participant> byId(Initiative initiative) {
    Map<String, Participant> people = new HashMap<>();
    initiative.participants().forEach(p -> people.put(p.id(), p));
    return people;
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  private static String days(long n) {
    return n == 1 ? "1 day's" : n + " days'";
  }

  private static String later(long n) {
    return n == 1 ? "1 day later" : n + " days later";
  }

  private static Evidence evidence(Evidence.Kind kind, String ref, String finding) {
    return Evidence.builder().kind(kind).ref(ref).finding(finding).build();
  }
}
