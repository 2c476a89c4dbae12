package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The answer scales the library ships, which any checklist can name in {@link Checklist#scaleId()}
 * or {@link ChecklistItem#scaleId()} without defining them.
 *
 * <ul>
 *   <li>{@link #YES_PARTLY_NO} ({@code yes-partly-no}): the scale of the built-in checklist and of
 *       every checklist that names no scale, with the codes of {@link Answer};
 *   <li>{@link #AGREEMENT} ({@code agreement-5}): five points from strongly disagree to strongly
 *       agree, the scale of many published audits of co-production;
 *   <li>{@link #PROGRESS} ({@code progress-4}): four steps from not started to embedded, for an
 *       organisation assessing how far it has come with a practice;
 *   <li>{@link #LADDER} ({@code ladder-7}): the seven rungs of the ladder of co-production, for
 *       saying how far up the ladder a stage of the work went ({@link LadderQuestionnaire}).
 * </ul>
 *
 * <p>Each also offers don't know and not applicable, which never count. A checklist's own scale is
 * written in {@link Checklist#scales()}; see {@link AnswerScale} for the rules a scale keeps.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class AnswerScales {
  private AnswerScales() {}

  /** The id of {@link #YES_PARTLY_NO}, the scale a checklist uses when it names none. */
  public static final String YES_PARTLY_NO_ID = "yes-partly-no";

  private static final AnswerOption DONT_KNOW =
      AnswerOption.notAnAnswer("DONT_KNOW", "Don't know", "I don't know");
  private static final AnswerOption NOT_APPLICABLE =
      AnswerOption.notAnAnswer("NOT_APPLICABLE", "Does not apply", "This is not about us");

  /** Yes (100), partly (50), no (0), with {@code DONT_KNOW} and {@code NOT_APPLICABLE}. */
  public static final AnswerScale YES_PARTLY_NO =
      AnswerScale.builder()
          .id(YES_PARTLY_NO_ID)
          .title("Did it happen?")
          .addOptions(
              AnswerOption.answer("YES", "Yes", "Yes", 100),
              AnswerOption.answer("PARTLY", "Partly", "Some of the time", 50),
              AnswerOption.answer("NO", "No", "No", 0))
          .addNotAnswers(DONT_KNOW, NOT_APPLICABLE)
          .build();

  /**
   * Strongly disagree (0), disagree (25), neither (50), agree (75), strongly agree (100), with
   * {@code DONT_KNOW} and {@code NOT_APPLICABLE}.
   */
  public static final AnswerScale AGREEMENT =
      AnswerScale.builder()
          .id("agreement-5")
          .title("How much do you agree?")
          .addOptions(
              AnswerOption.answer("STRONGLY_DISAGREE", "Strongly disagree", "No, not at all", 0),
              AnswerOption.answer("DISAGREE", "Disagree", "No", 25),
              AnswerOption.answer(
                  "NEITHER", "Neither agree nor disagree", "I do not agree or disagree", 50),
              AnswerOption.answer("AGREE", "Agree", "Yes", 75),
              AnswerOption.answer("STRONGLY_AGREE", "Strongly agree", "Yes, very much", 100))
          .addNotAnswers(DONT_KNOW, NOT_APPLICABLE)
          .build();

  /**
   * Not started (0), started (33.3), on the way (66.7), embedded (100), with {@code DONT_KNOW} and
   * {@code NOT_APPLICABLE}.
   */
  public static final AnswerScale PROGRESS =
      AnswerScale.builder()
          .id("progress-4")
          .title("How far have we come?")
          .addOptions(
              AnswerOption.answer("NOT_STARTED", "Not started", "We have not started", 0),
              AnswerOption.answer("STARTED", "Started", "We have started", 33.3),
              AnswerOption.answer("ON_THE_WAY", "On the way", "We are getting there", 66.7),
              AnswerOption.answer("EMBEDDED", "Embedded", "We always do this now", 100))
          .addNotAnswers(DONT_KNOW, NOT_APPLICABLE)
          .build();

  /** The id of {@link #LADDER}. */
  public static final String LADDER_ID = "ladder-7";

  /**
   * The rungs of the ladder of co-production, top rung first: co-production (100), co-design
   * (83.3), engagement (66.7), consultation (50), informing (33.3), educating (16.7), coercion (0),
   * with {@code DONT_KNOW} and {@code NOT_APPLICABLE}. Each code is the name of a {@link
   * org.coproduction.core.practice.LadderRung}. Source: "Which rung on the ladder of co-production
   * are you on?", Kate Sibthorp, SCIE Co-production Week blog, 3 July 2018; the three lowest rungs,
   * the points and the labels are the library's own (see {@link
   * org.coproduction.core.practice.LadderRung}).
   */
  public static final AnswerScale LADDER =
      AnswerScale.builder()
          .id(LADDER_ID)
          .title("Which rung of the ladder?")
          .addOptions(
              AnswerOption.answer(
                  "CO_PRODUCTION", "Co-production", "We shared power as equals all the way", 100),
              AnswerOption.answer("CO_DESIGN", "Co-design", "We helped to plan it", 83.3),
              AnswerOption.answer(
                  "ENGAGEMENT",
                  "Engagement",
                  "We were asked often, but others had the power",
                  66.7),
              AnswerOption.answer(
                  "CONSULTATION", "Consultation", "We were asked, others decided", 50),
              AnswerOption.answer("INFORMING", "Informing", "We were told what would happen", 33.3),
              AnswerOption.answer(
                  "EDUCATING", "Educating", "We were taught about a plan already made", 16.7),
              AnswerOption.answer("COERCION", "Coercion", "We had no say at all", 0))
          .addNotAnswers(DONT_KNOW, NOT_APPLICABLE)
          .build();

  private static final List<AnswerScale> ALL = List.of(YES_PARTLY_NO, AGREEMENT, PROGRESS, LADDER);

  /**
   * Every built-in scale.
   *
   * @return yes/partly/no, agreement, progress and the ladder, in that order
   */
  public static List<AnswerScale> all() {
    return ALL;
  }

  /**
   * Looks up a built-in scale.
   *
   * @param id a scale id such as {@code agreement-5}
   * @return the scale, or empty when no built-in scale has that id
   */
  public static Optional<AnswerScale> builtIn(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
