package org.coproduction.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value the library's own strict readers refuse, already worded for the person who wrote the
 * document. Jackson adds the path as the exception travels out; {@link JsonSupport#translate} then
 * uses the problem as it stands.
 */
final class ReadProblem extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, in domain words, without any text from the document. */
  private final String problem;

  ReadProblem(JsonParser p, Class<?> target, String problem) {
    // Jackson's own message is never shown: it is the problem too, so logs say the same.
    super(p, problem, target);
    this.problem = problem;
  }

  String problem() {
    return problem;
  }
}
