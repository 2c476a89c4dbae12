package org.coproduction.scoring.internal.checks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.internal.Checks;
import org.coproduction.scoring.ScoreStatus;

/** Invariant checks shared by the result types, worded the same way everywhere. */
@API(status = INTERNAL, since = "0.1")
public final class ScoreChecks {
  private ScoreChecks() {}

  public static void score(String path, Optional<Double> value) {
    value.ifPresent(v -> Checks.between(path, v, 0, 100));
  }

  public static void gap(String path, Optional<Double> value) {
    value.ifPresent(v -> Checks.between(path, v, -100, 100));
  }

  public static void weight(String path, double weight) {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw CoProductionException.at(
          path, "must be a number more than 0, was " + Checks.plain(weight));
    }
  }

  public static void count(String path, int value) {
    Checks.notNegative(path, value);
  }

  /** A score's number exists exactly when somebody answered. */
  public static void statusFits(String path, ScoreStatus status, Optional<Double> value) {
    if ((status == ScoreStatus.NO_ANSWERS) == value.isPresent()) {
      throw CoProductionException.at(
          path,
          status == ScoreStatus.NO_ANSWERS
              ? "a score with no answers has no value"
              : "a " + status + " score needs a value");
    }
  }

  public static void reason(String path, String reason) {
    Checks.notBlank(path, reason);
  }

  public static <T> void noRepeats(String path, List<T> values) {
    for (int i = 0; i < values.size(); i++) {
      int first = values.indexOf(values.get(i));
      if (first != i) {
        throw CoProductionException.at(path + "[" + i + "]", "repeats " + path + "[" + first + "]");
      }
    }
  }
}
