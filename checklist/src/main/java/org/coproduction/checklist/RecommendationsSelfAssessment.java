package org.coproduction.checklist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.core.internal.json.JacksonAnnotations;

/**
 * The second checklist that ships with the library: the national guide's twenty recommendations
 * turned into statements an organisation rates about itself ("We bring everyone in at the very
 * start"), each answered on the progress scale ({@link AnswerScales#PROGRESS}: not started,
 * started, on the way, embedded). Source: "Co-production in social care: What it is and how to do
 * it", SCIE, October 2013, updated October 2015, the "Recommendations" at the end of each part of
 * "How to do co-production" (Culture, Structure, Practice, Review).
 *
 * <p>It is an organisation-level view: it asks how far the organisation as a whole has come, not
 * how one activity went, which is what {@link BuiltInChecklist} asks. Managers, staff, people who
 * use services and carers can all answer it, and the report then shows where they see the
 * organisation differently.
 *
 * <p>There is one item per recommendation, in the guide's order, grouped by the piece of the jigsaw
 * the recommendation belongs to ({@link ChecklistItem#area()}: culture, structure, practice,
 * review); {@link ChecklistItem#recommendations()} names the recommendation ({@code rec-01} to
 * {@code rec-20}, as in {@link org.coproduction.core.practice.Recommendations}). Every item is
 * mapped to the guide's four principles (framework {@code guide}), cites the part of the guide
 * where its recommendation sits, and has an easy-read version of at most 15 words.
 *
 * <p>Like the built-in checklist, it is a JSON document inside the library, read through the same
 * strict reader as any other, once, and then shared (it is immutable). An organisation that wants
 * other wording derives its own with {@link ChecklistDerivation}.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public final class RecommendationsSelfAssessment {
  /** The self-assessment's id. */
  public static final String ID = "recommendations-self-assessment";

  /** The version this release ships. */
  public static final String VERSION = "1.0";

  private static final String RESOURCE = ID + "-" + VERSION + ".json";

  private RecommendationsSelfAssessment() {}

  /**
   * The self-assessment of the guide's twenty recommendations.
   *
   * @return the checklist {@value #ID}, version {@value #VERSION}, on the {@code progress-4} scale
   */
  public static Checklist get() {
    JacksonAnnotations.require();
    return Holder.CHECKLIST;
  }

  /**
   * Reads the resource on first use; class initialisation makes this thread-safe. {@link #get()}
   * checks Jackson's annotations first, so a broken setup reaches the caller as the library's
   * message rather than as {@code ExceptionInInitializerError}.
   */
  private static final class Holder {
    static final Checklist CHECKLIST = BuiltInChecklist.readResource(RESOURCE);
  }
}
