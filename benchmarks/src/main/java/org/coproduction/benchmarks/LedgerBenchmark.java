package org.coproduction.benchmarks;

import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.ledger.Balance;
import org.coproduction.core.ledger.LedgerTotals;
import org.coproduction.core.ledger.ReciprocityLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A reciprocity ledger of 1,000,000 entries over 10,000 people, such as a large time bank's year:
 * half contributions, 30 % returns, 10 % expense claims and 10 % credit transfers. The entries are
 * made in set-up; the measured operation builds the ledger from them, which checks every rule
 * (unique ids, known participants, one currency, no more credit earned than hours given, every
 * transfer affordable on its day), and then reads the balances, the totals and the people who gave
 * time and got nothing back.
 *
 * <p>The ledger's own check works out the totals (so it can refuse figures too large to add up),
 * and balances and totals are computed once per ledger; so through the public API, building and
 * summing cannot be timed apart, and this is one case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class LedgerBenchmark {
  /** Entries in the ledger. */
  public static final int ENTRIES = 1_000_000;

  /** People the ledger names. */
  public static final int PEOPLE = 10_000;

  private Data.LedgerEntries entries;

  /** Makes the entries. */
  @Setup(Level.Trial)
  public void setUp() {
    entries = Data.ledger(ENTRIES, PEOPLE);
    System.out.printf(
        "%n[ledger] %,d entries (%,d contributions, %,d returns, %,d claims, %,d transfers), %,d people%n",
        entries.size(),
        entries.contributions.size(),
        entries.returns.size(),
        entries.expenseClaims.size(),
        entries.creditTransfers.size(),
        entries.participants.size());
  }

  /**
   * Builds and checks the ledger, then reads its balances, totals and the contributors without
   * return.
   *
   * @param blackhole takes the figures, so none is optimised away
   */
  @Benchmark
  public void buildCheckAndSum(Blackhole blackhole) {
    ReciprocityLedger ledger =
        ReciprocityLedger.builder()
            .id("time-bank-2025")
            .initiativeId("time-bank")
            .currency("GBP")
            .participants(entries.participants)
            .contributions(entries.contributions)
            .returns(entries.returns)
            .expenseClaims(entries.expenseClaims)
            .creditTransfers(entries.creditTransfers)
            .build();
    SortedMap<String, Balance> balances = ledger.balances();
    LedgerTotals totals = ledger.totals();
    List<String> withoutReturn = ledger.contributorsWithoutReturn();
    blackhole.consume(balances);
    blackhole.consume(totals);
    blackhole.consume(withoutReturn);
  }
}
