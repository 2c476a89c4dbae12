package org.coproduction.scoring.internal.scores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coproduction.scoring.ScoringSettings;
import org.coproduction.scoring.flags.TokenismSignal;
import org.coproduction.scoring.perspectives.Side;

/**
 * Items where the provider side rates itself well and people with lived experience do not: a sign
 * that involvement may be for show. An item is a signal when the provider side's pooled score is at
 * least {@link ScoringSettings#tokenismProviderAtLeast()} and the lived-experience side's at most
 * {@link ScoringSettings#tokenismLivedExperienceAtMost()}; the gap is provider minus lived
 * experience. Signals come largest gap first, then in checklist order.
 */
final class Tokenism {
  private final double providerAtLeast;
  private final double livedExperienceAtMost;

  private Tokenism(double providerAtLeast, double livedExperienceAtMost) {
    this.providerAtLeast = providerAtLeast;
    this.livedExperienceAtMost = livedExperienceAtMost;
  }

  /**
   * The rule under chosen settings.
   *
   * @param settings the two thresholds
   * @return the rule
   */
  static Tokenism of(ScoringSettings settings) {
    return new Tokenism(
        settings.tokenismProviderAtLeast(), settings.tokenismLivedExperienceAtMost());
  }

  /**
   * The signals in a tally.
   *
   * @param tally the answers, with each side pooled per item
   * @return the signals, largest gap first
   */
  List<TokenismSignal> signals(Tally tally) {
    List<TokenismSignal> signals = new ArrayList<>();
    for (ItemTally v : tally.items) {
      Optional<Double> lived = v.side(Side.LIVED_EXPERIENCE).value;
      Optional<Double> provider = v.side(Side.PROVIDER).value;
      if (lived.isEmpty() || provider.isEmpty()) {
        continue;
      }
      if (provider.get() >= providerAtLeast && lived.get() <= livedExperienceAtMost) {
        double gap = Decimals.difference(provider.get(), lived.get());
        signals.add(
            TokenismSignal.builder()
                .itemId(v.item.id())
                .provider(provider.get())
                .livedExperience(lived.get())
                .gap(gap)
                .reason(
                    Reasons.tokenism(
                        provider.get(), lived.get(), gap, providerAtLeast, livedExperienceAtMost))
                .build());
      }
    }
    // Largest gap first; the sort is stable, so equal gaps keep checklist order.
    signals.sort(Comparator.comparingDouble(TokenismSignal::gap).reversed());
    return signals;
  }
}
