package org.coproduction.report;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * "You said, we did, or why not" for a SARIF log. SARIF 2.1.0 has no object for it (results are
 * findings against rules, and a suggestion is not a finding), so it goes in the run's property bag,
 * which the standard leaves open to the tool, as {@code youSaidWeDid}: one object per suggestion
 * with the field names of the JSON report. The interest group appears only where the report names
 * it and a person never does, since the lines come from {@link SuggestionFeedback}.
 */
final class SarifSuggestions {
  private SarifSuggestions() {}

  /**
   * The lines as a JSON array.
   *
   * @param lines the report's lines
   * @return one object per line, in the report's order
   */
  static ArrayNode of(List<SuggestionFeedback> lines) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (SuggestionFeedback line : lines) {
      var node = array.addObject();
      node.put("suggestionId", line.suggestionId());
      node.put("summary", line.summary());
      node.put("raisedOn", line.raisedOn().toString());
      line.interestGroup().ifPresent(g -> node.put("interestGroup", g.name()));
      node.put("outcome", line.outcome().name());
      line.outcomeReason().ifPresent(r -> node.put("outcomeReason", r.name()));
      line.reason().ifPresent(r -> node.put("reason", r));
      node.put("told", line.told());
      line.toldOn().ifPresent(d -> node.put("toldOn", d.toString()));
    }
    return array;
  }
}
