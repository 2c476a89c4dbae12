package org.coproduction.checklist.records;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.Evidence;
import org.coproduction.checklist.FailureMode;
import org.coproduction.checklist.RecordAnswer;
import org.coproduction.checklist.internal.records.AllGroupsInvited;
import org.coproduction.checklist.internal.records.CommentsRecorded;
import org.coproduction.checklist.internal.records.ConvenientTimes;
import org.coproduction.checklist.internal.records.ExpensesAndFees;
import org.coproduction.checklist.internal.records.IdeasNotTurnedDownForNotFitting;
import org.coproduction.checklist.internal.records.InvolvedFromStart;
import org.coproduction.checklist.internal.records.ItemChecks;
import org.coproduction.checklist.internal.records.MealtimeRefreshments;
import org.coproduction.checklist.internal.records.NoticeGiven;
import org.coproduction.checklist.internal.records.OutcomesFedBack;
import org.coproduction.checklist.internal.records.PendingTooLong;
import org.coproduction.checklist.internal.records.SuggestionsTakenUp;
import org.coproduction.checklist.internal.records.VenueAccess;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.initiative.ReviewRound;
import org.coproduction.core.initiative.RoundRecords;

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

  /** Item id: ideas were not turned down for not fitting the way things are done now. */
  public static final String NEW_IDEAS_WELCOME = "new-ideas-welcome";

  /** Item id: what people suggested can be seen in the result. */
  public static final String IDEAS_SHAPE_RESULT = "ideas-shape-result";

  /** Item id: food and drink at meetings over mealtimes, and breaks. */
  public static final String REFRESHMENTS_AND_BREAKS = "refreshments-and-breaks";

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
          NEW_IDEAS_WELCOME,
          IDEAS_SHAPE_RESULT,
          OUTCOMES_FED_BACK,
          EXPENSES_AND_FEES,
          NOTICE_GIVEN,
          CONVENIENT_TIMES,
          VENUE_ACCESS,
          ALL_GROUPS_INVITED,
          COMMENTS_RECORDED,
          REFRESHMENTS_AND_BREAKS);

  /**
   * Answers every record-based item of the built-in checklist with the standard thresholds, over
   * the whole history.
   *
   * @param initiative the initiative's records
   * @return one answer per item, in the order of {@link #ITEM_IDS}
   */
  public static List<RecordAnswer> answer(Initiative initiative) {
    return answer(initiative, RecordCheckSettings.defaults());
  }

  /**
   * Answers every record-based item of the built-in checklist over the whole history, judged on the
   * day of the latest record ({@link RoundRecords#asOf(Initiative)}).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return one answer per item, in the order of {@link #ITEM_IDS}
   */
  public static List<RecordAnswer> answer(Initiative initiative, RecordCheckSettings settings) {
    Optional<LocalDate> asOf = RoundRecords.asOf(initiative);
    List<RecordAnswer> answers = new ArrayList<>();
    for (String itemId : ITEM_IDS) {
      answers.add(ItemChecks.answer(itemId, initiative, settings, asOf));
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
    return answer(initiative, RoundRecords.asOf(initiative), settings, checklist);
  }

  /**
   * Answers the record-based items of a checklist from the records one review round covers, judged
   * on the round's date: the rule for which records a round covers is on {@link ReviewRound}.
   * Records that no round covers count only in {@link #answer(Initiative, RecordCheckSettings,
   * Checklist)}, which judges the whole history.
   *
   * @param initiative the initiative's records
   * @param reviewRoundId one of its review rounds
   * @param settings the thresholds to apply
   * @param checklist the checklist whose items to answer
   * @return the answers, in the checklist's item order
   * @throws org.coproduction.core.CoProductionException when there is no round with that id
   */
  public static List<RecordAnswer> answerRound(
      Initiative initiative,
      String reviewRoundId,
      RecordCheckSettings settings,
      Checklist checklist) {
    return answer(
        RoundRecords.of(initiative, reviewRoundId),
        Optional.of(RoundRecords.asOf(initiative, reviewRoundId)),
        settings,
        checklist);
  }

  private static List<RecordAnswer> answer(
      Initiative records,
      Optional<LocalDate> asOf,
      RecordCheckSettings settings,
      Checklist checklist) {
    return checklist.items().stream()
        .filter(ChecklistItem::recordBased)
        .map(ChecklistItem::id)
        .filter(ItemChecks::answers)
        .map(id -> ItemChecks.answer(id, records, settings, asOf))
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
    return ItemChecks.answers(itemId)
        ? Optional.of(
            ItemChecks.answer(itemId, initiative, settings, RoundRecords.asOf(initiative)))
        : Optional.empty();
  }

  /**
   * The record-based items whose answer turns to {@code NO} when the records show one of the ten
   * failures, so a provider can see which failures its records already reveal. This differs from
   * {@link ChecklistItem#failureMode()}, which names the one failure an item was written against: a
   * solution decided in advance, for instance, has its own rated item, but the records catch it as
   * a decision settled before people who use services and carers joined.
   *
   * <p>The records catch the lack of lunch from meetings held over mealtimes, and a rejection for
   * not fitting from its recorded kind of reason ({@code OutcomeReason}); raters still judge both.
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
        return List.of(NEW_IDEAS_WELCOME, OUTCOMES_FED_BACK);
      case LISTENED_TO_BUT_NOT_IN_THE_RESULT:
        return List.of(IDEAS_SHAPE_RESULT);
      case NEVER_HEARD_OF_AGAIN:
        return List.of(OUTCOMES_FED_BACK);
      case NO_EXPENSES_OR_FEE:
        return List.of(EXPENSES_AND_FEES);
      case POOR_NOTICE_AND_TIMING:
        return List.of(NOTICE_GIVEN, CONVENIENT_TIMES, REFRESHMENTS_AND_BREAKS);
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
    return NoticeGiven.answer(initiative, settings);
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
    return ExpensesAndFees.answer(initiative, settings);
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
    return ConvenientTimes.answer(initiative, settings);
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
    return AllGroupsInvited.answer(initiative, settings);
  }

  /**
   * {@code venue-access}: did each venue meet the access needs of everyone invited or who came?
   * Judging only those who came would miss the person who stayed away because the venue shut them
   * out. A meeting passes when the recorded needs of every invitee and attendee are among those the
   * venue met; meetings with no one recorded as invited or attending are not checked; the answer
   * follows the share of meetings that pass. The evidence counts those whose needs were not met
   * (attendees, and invitees who stayed away) and names the meeting, never the person or the need:
   * both are sensitive. Sources: "The Co-production Police and accountability", Kevin Minier, SCIE
   * Co-production Festival blog, 16 June 2016 (the venue did not consider physical or sensory
   * access); "Co-production in social care: What it is and how to do it", SCIE, October 2013,
   * updated October 2015, section "Access".
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} without meetings; {@code DONT_KNOW} when no meeting records who
   *     was invited or came; otherwise the answer, with each meeting where someone's needs were not
   *     met
   */
  public static RecordAnswer venueAccess(Initiative initiative, RecordCheckSettings settings) {
    return VenueAccess.answer(initiative, settings);
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
    return CommentsRecorded.answer(initiative, settings);
  }

  /**
   * {@code outcomes-fed-back}: was each person who made a suggestion told what became of it, and
   * why when it was turned down? Each decided suggestion (adopted, adapted or rejected) is checked:
   * it passes when its outcome was fed back and, if rejected, a reason was given; the answer
   * follows the share that pass. A second part, {@link #pendingTooLong}, judges the suggestions
   * still pending; the item's answer is the worse of the two. Sources: "The Co-production Police
   * and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (suggestions
   * rejected for not fitting, none of it in the final service, never heard of again);
   * "Co-production in social care: What it is and how to do it", SCIE, October 2013, updated
   * October 2015, section "Redesigning Support for Care Leavers" (feedback so that everyone knows
   * what happened and why).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when no suggestion has been decided; otherwise the answer, with
   *     each suggestion not fed back or rejected without a reason
   */
  public static RecordAnswer outcomesFedBack(Initiative initiative, RecordCheckSettings settings) {
    return OutcomesFedBack.answer(initiative, settings);
  }

  /**
   * The pending part of {@code outcomes-fed-back}: was any suggestion left undecided for more than
   * {@link RecordCheckSettings#longestPendingDays()} days, counted from the day it was raised to
   * the day the records are judged on (the end of the review round, or the latest record)? Each
   * pending suggestion raised by then is checked; the answer follows the share within the limit.
   * Left pending for ever, a suggestion is one people "never hear of again". Source: "The
   * Co-production Police and accountability", Kevin Minier, SCIE Co-production Festival blog, 16
   * June 2016.
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @param asOf the day the records are judged on
   * @return {@code NOT_APPLICABLE} with no pending suggestion; otherwise the answer, with each
   *     suggestion pending too long and for how many days
   */
  public static RecordAnswer pendingTooLong(
      Initiative initiative, RecordCheckSettings settings, LocalDate asOf) {
    return PendingTooLong.answer(initiative, settings, Optional.of(asOf));
  }

  /**
   * {@code new-ideas-welcome}: were ideas turned down because they did not fit the current model or
   * way of working? Each decided suggestion is checked; it fails when its recorded kind of reason
   * is {@code DOES_NOT_FIT_CURRENT_MODEL}; the answer follows the share that pass. A rejection with
   * no recorded kind of reason is not counted against it ({@code outcomes-fed-back} asks for the
   * reason). Source: "The Co-production Police and accountability", Kevin Minier, SCIE
   * Co-production Festival blog, 16 June 2016 (your suggestions do not fit the current model and so
   * are rejected).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when no suggestion has been decided; otherwise the answer, with
   *     each suggestion turned down for not fitting
   */
  public static RecordAnswer ideasNotTurnedDownForNotFitting(
      Initiative initiative, RecordCheckSettings settings) {
    return IdeasNotTurnedDownForNotFitting.answer(initiative, settings);
  }

  /**
   * {@code ideas-shape-result}: does what people suggested show in the result? Of the decided
   * suggestions, the share taken up (adopted or adopted in part): {@code YES} at {@link
   * RecordCheckSettings#takenUpShare()} or more, {@code NO} when none was taken up, {@code PARTLY}
   * between. Source: "The Co-production Police and accountability", Kevin Minier, SCIE
   * Co-production Festival blog, 16 June 2016 (none of it appears in the final service).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when no suggestion has been decided; otherwise the answer, with
   *     each suggestion not taken up and its kind of reason when the answer is not {@code YES}
   */
  public static RecordAnswer suggestionsTakenUp(
      Initiative initiative, RecordCheckSettings settings) {
    return SuggestionsTakenUp.answer(initiative, settings);
  }

  /**
   * {@code refreshments-and-breaks}: was there food and drink at every meeting held over a
   * mealtime? A meeting is over a mealtime when it runs right through 12:30 to 13:30 or 18:00 to
   * 19:00; each such meeting passes when refreshments were provided; the answer follows the share
   * that pass. Breaks and people's own needs are left to raters. Source: "The Co-production Police
   * and accountability", Kevin Minier, SCIE Co-production Festival blog, 16 June 2016 (they would
   * not even provide lunch).
   *
   * @param initiative the initiative's records
   * @param settings the thresholds to apply
   * @return {@code NOT_APPLICABLE} when no meeting ran over a mealtime; otherwise the answer, with
   *     each such meeting without refreshments
   */
  public static RecordAnswer mealtimeRefreshments(
      Initiative initiative, RecordCheckSettings settings) {
    return MealtimeRefreshments.answer(initiative, settings);
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
    return InvolvedFromStart.answer(initiative, settings);
  }
}
