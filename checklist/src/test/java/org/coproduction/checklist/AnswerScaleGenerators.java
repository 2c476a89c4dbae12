package org.coproduction.checklist;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** Any answer scale the rules allow: 2 to 11 answers, either way up, and 0 to 2 non-answers. */
final class AnswerScaleGenerators {
  private AnswerScaleGenerators() {}

  static Gen<AnswerScale> scales() {
    Gen<Integer> size = integers().between(2, AnswerScale.MAX_ANSWERS);
    Gen<Integer> tenths = integers().between(1, 999);
    Gen<Integer> notAnswers = integers().between(0, 2);
    Gen<Boolean> rising = booleans().all();
    return in -> {
      int n = size.generate(in);
      TreeSet<Integer> inside = new TreeSet<>();
      while (inside.size() < n - 2) {
        inside.add(tenths.generate(in));
      }
      List<Double> values = new ArrayList<>();
      values.add(0.0);
      inside.forEach(t -> values.add(t / 10.0));
      values.add(100.0);
      if (!rising.generate(in)) {
        java.util.Collections.reverse(values);
      }
      AnswerScale.Builder b = AnswerScale.builder().id("scale-" + n).title("How well?");
      for (int i = 0; i < n; i++) {
        b.addOptions(AnswerOption.answer("A" + i, "Answer " + i, "Answer " + i, values.get(i)));
      }
      int k = notAnswers.generate(in);
      for (int j = 0; j < k; j++) {
        b.addNotAnswers(AnswerOption.notAnAnswer("N" + j, "Not " + j, "Not " + j));
      }
      return b.build();
    };
  }
}
