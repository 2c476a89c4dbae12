package org.coproduction.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.coproduction.checklist.Answer;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistItem;
import org.coproduction.checklist.ChecklistRef;
import org.coproduction.checklist.ItemResponse;
import org.coproduction.checklist.ResponseSet;
import org.coproduction.core.Documents;
import org.coproduction.core.initiative.Initiative;
import org.coproduction.core.ledger.Contribution;
import org.coproduction.core.ledger.ContributionKind;
import org.coproduction.core.ledger.CreditTransfer;
import org.coproduction.core.ledger.ExpenseClaim;
import org.coproduction.core.ledger.Money;
import org.coproduction.core.ledger.Return;
import org.coproduction.core.ledger.ReturnKind;
import org.coproduction.core.people.InterestGroup;
import org.coproduction.core.people.Role;
import org.coproduction.examples.Examples;
import org.coproduction.report.Evaluation;

/**
 * Synthetic data for the benchmarks. Everything comes from fixed seeds, so every run measures the
 * same input; nothing large is ever committed, it is made in {@code @Setup}.
 */
final class Data {
  private Data() {}

  /** Seeds, one per data set, so changing one data set leaves the others as they were. */
  static final long DOCUMENT_SEED = 20261122L;

  static final long BATCH_SEED = 20261123L;
  static final long LEDGER_SEED = 20261124L;
  static final long STREAM_SEED = 20261125L;

  /** The five interest groups, each with a role a rater from it typically answers in. */
  private static final InterestGroup[] GROUPS = InterestGroup.values();

  private static Role roleFor(InterestGroup group, SplittableRandom random) {
    switch (group) {
      case PEOPLE_WHO_USE_SERVICES:
        return Role.PERSON_WHO_USES_SERVICES;
      case FAMILY_AND_FRIENDS_WHO_CARE:
        return Role.CARER_OR_FAMILY;
      case MEMBERS_OF_THE_PUBLIC:
        return Role.COMMUNITY_MEMBER;
      case PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES:
        return random.nextBoolean() ? Role.MANAGER : Role.COMMISSIONER;
      case PEOPLE_WHO_WORK_IN_SERVICES:
      default:
        return Role.FRONTLINE_STAFF;
    }
  }

  /** Raters come mostly from people who use services and carers, as in the bundled examples. */
  private static InterestGroup groupFor(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 35) {
      return InterestGroup.PEOPLE_WHO_USE_SERVICES;
    } else if (r < 55) {
      return InterestGroup.FAMILY_AND_FRIENDS_WHO_CARE;
    } else if (r < 65) {
      return InterestGroup.MEMBERS_OF_THE_PUBLIC;
    } else if (r < 80) {
      return InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES;
    }
    return InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;
  }

  /**
   * One answer from a rater of an initiative whose practice is good with probability {@code
   * quality}; the provider side sees it a little better than the lived-experience side, as the
   * sources warn it often does.
   */
  private static Answer answerFor(double quality, boolean provider, SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 5) {
      return Answer.DONT_KNOW;
    }
    if (r < 7) {
      return Answer.NOT_APPLICABLE;
    }
    double q = Math.min(1.0, quality + (provider ? 0.15 : 0.0));
    double x = random.nextDouble();
    if (x < q) {
      return Answer.YES;
    }
    return x < q + (1 - q) / 2 ? Answer.PARTLY : Answer.NO;
  }

  private static final String[] COMMENTS = {
    "The meeting was moved at short notice and I could not come.",
    "We were asked what we thought after the plan was already made.",
    "Travel money came back within a week, which helped a lot.",
    "Staff listened, and the minutes said what we had asked for.",
  };

  // ------------------------------------------------------------------ checklists and documents

  /**
   * A checklist of {@code size} items: the built-in items, then copies of them under new ids until
   * there are enough. Copies keep the built-in wording, mapping, weight and severity.
   */
  static Checklist checklistOf(int size) {
    Checklist builtIn = BuiltInChecklist.get();
    List<ChecklistItem> base = builtIn.items();
    List<ChecklistItem> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ChecklistItem item = base.get(i % base.size());
      items.add(
          i < base.size()
              ? item
              : ChecklistItem.copyOf(item).id(item.id() + "-" + (i / base.size() + 1)).build());
    }
    return Checklist.builder()
        .from(builtIn)
        .id("bench-" + size)
        .version("1.0")
        .title("Benchmark checklist of " + size + " items")
        .items(items)
        .build();
  }

  /**
   * Everybody's answers about one initiative in one review round: {@code raters} anonymous response
   * sets, each answering every item of {@code checklist}, one in twenty with a comment.
   */
  static List<ResponseSet> responses(
      Checklist checklist,
      String initiativeId,
      String reviewRoundId,
      int raters,
      double quality,
      boolean comments,
      SplittableRandom random) {
    List<ResponseSet> sets = new ArrayList<>(raters);
    for (int r = 0; r < raters; r++) {
      InterestGroup group = groupFor(random);
      boolean provider =
          group == InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES
              || group == InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;
      List<ItemResponse> answers = new ArrayList<>(checklist.items().size());
      for (ChecklistItem item : checklist.items()) {
        Answer answer = answerFor(quality, provider, random);
        if (comments && random.nextInt(20) == 0) {
          answers.add(
              ItemResponse.builder()
                  .itemId(item.id())
                  .answer(answer)
                  .comment(COMMENTS[random.nextInt(COMMENTS.length)])
                  .build());
        } else {
          answers.add(ItemResponse.of(item.id(), answer));
        }
      }
      sets.add(
          ResponseSet.builder()
              .id(initiativeId + "-rs-" + r)
              .checklist(checklist.ref())
              .initiativeId(initiativeId)
              .reviewRoundId(reviewRoundId)
              .raterRole(roleFor(group, random))
              .raterInterestGroup(group)
              .answers(answers)
              .build());
    }
    return sets;
  }

  /**
   * An evaluation document (the file the {@code evaluate} command reads): the bundled dementia
   * club's records, a checklist of {@code items} items written inline, and {@code raters} anonymous
   * raters answering every item in the club's review round.
   */
  static Evaluation evaluation(int items, int raters) {
    Initiative club = Examples.load("dementia-club").initiative();
    String round = club.reviewRounds().get(0).id();
    Checklist checklist = checklistOf(items);
    SplittableRandom random = new SplittableRandom(DOCUMENT_SEED + raters);
    return Evaluation.builder()
        .id("bench-" + items + "x" + raters)
        .title("Benchmark: " + items + " items and " + raters + " raters")
        .description("Synthetic answers about the dementia club's records, made for timing.")
        .checklist(checklist)
        .initiative(club)
        .responses(responses(checklist, club.id(), round, raters, 0.6, true, random))
        .build();
  }

  // ------------------------------------------------------------------ the batch

  /**
   * {@code initiatives} small groups of answers to the built-in checklist, one group per
   * initiative, each from 3 to 12 raters (7.5 on average): the shape of a national data set made of
   * many small local projects.
   */
  static List<List<ResponseSet>> batch(int initiatives) {
    Checklist checklist = BuiltInChecklist.get();
    SplittableRandom random = new SplittableRandom(BATCH_SEED);
    List<List<ResponseSet>> groups = new ArrayList<>(initiatives);
    for (int i = 0; i < initiatives; i++) {
      int raters = 3 + random.nextInt(10);
      double quality = 0.2 + 0.7 * random.nextDouble();
      groups.add(
          List.copyOf(
              responses(checklist, "init-" + i, "round-1", raters, quality, false, random)));
    }
    return groups;
  }

  // ------------------------------------------------------------------ the ledger

  /** The entries of one synthetic reciprocity ledger, built but not yet checked together. */
  static final class LedgerEntries {
    final List<String> participants = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    final List<Return> returns = new ArrayList<>();
    final List<ExpenseClaim> expenseClaims = new ArrayList<>();
    final List<CreditTransfer> creditTransfers = new ArrayList<>();

    int size() {
      return contributions.size() + returns.size() + expenseClaims.size() + creditTransfers.size();
    }
  }

  private static final ContributionKind[] CONTRIBUTION_KINDS = ContributionKind.values();

  /**
   * A ledger of exactly {@code entries} entries over {@code people} participants: half
   * contributions (hours given), 30 % returns (fees, expenses, time credits, training,
   * recognition), 10 % expense claims and 10 % credit transfers. The data keeps the time-bank
   * rules: credits are earned in 2025 for hours given, at most one credit per hour; transfers, all
   * in 2026, give or spend at most half of what a person earned, so every transfer is affordable.
   */
  static LedgerEntries ledger(int entries, int people) {
    SplittableRandom random = new SplittableRandom(LEDGER_SEED);
    LedgerEntries l = new LedgerEntries();
    for (int p = 0; p < people; p++) {
      l.participants.add(String.format("p%06d", p));
    }
    LocalDate start = LocalDate.of(2025, 1, 1);
    int contributions = entries / 2;
    int returns = entries * 3 / 10;
    int claims = entries / 10;
    int transfers = entries - contributions - returns - claims;
    long[] givenMinutes = new long[people];
    long[] earnedMinutes = new long[people];
    for (int i = 0; i < contributions; i++) {
      int p = random.nextInt(people);
      long minutes = 30L * (1 + random.nextInt(8));
      givenMinutes[p] += minutes;
      l.contributions.add(
          Contribution.builder()
              .id("c" + i)
              .participantId(l.participants.get(p))
              .date(start.plusDays(random.nextInt(365)))
              .hours(Duration.ofMinutes(minutes))
              .kind(CONTRIBUTION_KINDS[random.nextInt(CONTRIBUTION_KINDS.length)])
              .build());
    }
    for (int i = 0; i < returns; i++) {
      int p = random.nextInt(people);
      Return.Builder r =
          Return.builder()
              .id("r" + i)
              .participantId(l.participants.get(p))
              .date(start.plusDays(random.nextInt(365)));
      int kind = random.nextInt(10);
      if (kind < 3) {
        r.kind(ReturnKind.FEE).amount(Money.of(1000 + random.nextInt(5000), "GBP"));
      } else if (kind < 5) {
        r.kind(ReturnKind.EXPENSES).amount(Money.of(100 + random.nextInt(2000), "GBP"));
      } else if (kind < 8) {
        // One credit per hour given, never more in all than the hours the person gave.
        long room = givenMinutes[p] - earnedMinutes[p];
        long credit = Math.min(room, 60L * (1 + random.nextInt(3)));
        earnedMinutes[p] += credit;
        r.kind(ReturnKind.TIME_CREDITS).creditHours(Duration.ofMinutes(credit));
      } else if (kind < 9) {
        r.kind(ReturnKind.TRAINING);
      } else {
        r.kind(ReturnKind.RECOGNITION);
      }
      l.returns.add(r.build());
    }
    for (int i = 0; i < claims; i++) {
      int p = random.nextInt(people);
      long claimed = 100 + random.nextInt(3000);
      long reimbursed =
          random.nextInt(4) == 0 ? 0 : claimed - random.nextInt((int) claimed / 10 + 1);
      l.expenseClaims.add(
          ExpenseClaim.builder()
              .id("e" + i)
              .participantId(l.participants.get(p))
              .date(start.plusDays(random.nextInt(365)))
              .claimed(Money.of(claimed, "GBP"))
              .reimbursed(Money.of(reimbursed, "GBP"))
              .build());
    }
    long[] budget = new long[people];
    for (int p = 0; p < people; p++) {
      budget[p] = earnedMinutes[p] / 2;
    }
    LocalDate later = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < transfers; i++) {
      int p = random.nextInt(people);
      long minutes = Math.min(budget[p], 30L * (1 + random.nextInt(4)));
      budget[p] -= minutes;
      CreditTransfer.Builder t =
          CreditTransfer.builder()
              .id("t" + i)
              .fromParticipantId(l.participants.get(p))
              .date(later.plusDays(random.nextInt(365)))
              .hours(Duration.ofMinutes(minutes));
      if (random.nextBoolean()) {
        t.toParticipantId(l.participants.get((p + 1 + random.nextInt(people - 1)) % people));
      }
      l.creditTransfers.add(t.build());
    }
    return l;
  }

  // ------------------------------------------------------------------ the stream

  /** The twelve items a short yearly survey asks, as the bundled club survey does. */
  static final List<String> SURVEY_ITEMS;

  static {
    List<String> ids = BuiltInChecklist.get().itemIds();
    List<String> survey = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      survey.add(ids.get(i * ids.size() / 12));
    }
    SURVEY_ITEMS = List.copyOf(survey);
  }

  /** How a stream file holds its response sets. */
  enum StreamFormat {
    /** One compact response set document per line. */
    JSON_LINES,
    /** One JSON array whose elements are response set documents. */
    JSON_ARRAY
  }

  /**
   * Writes {@code sets} response set documents to {@code file}, {@code ratersPerInitiative} in a
   * row for each initiative (as an export sorted by initiative would give them), each answering the
   * twelve {@link #SURVEY_ITEMS} of the built-in checklist. The library writes each document with
   * {@link Documents#writeLines}, one compact document a line, and the sets are made one at a time
   * as they are written, so the file is made in constant memory. The array holds the same lines,
   * with a comma before each but the first.
   */
  static void writeStream(Path file, StreamFormat format, int sets, int ratersPerInitiative)
      throws IOException {
    Iterable<ResponseSet> documents = () -> new StreamSets(sets, ratersPerInitiative);
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      if (format == StreamFormat.JSON_LINES) {
        Documents.writeLines(documents, out);
        return;
      }
      out.write("[\n");
      boolean first = true;
      for (ResponseSet set : documents) {
        if (!first) {
          out.write(',');
        }
        first = false;
        Documents.writeLines(List.of(set), out);
      }
      out.write("]\n");
    }
  }

  /** The response sets of a stream file, made one at a time from {@link #STREAM_SEED}. */
  private static final class StreamSets implements Iterator<ResponseSet> {
    private final SplittableRandom random = new SplittableRandom(STREAM_SEED);
    private final ChecklistRef checklist = BuiltInChecklist.get().ref();
    private final int sets;
    private final int ratersPerInitiative;
    private int next;
    private double quality;

    StreamSets(int sets, int ratersPerInitiative) {
      this.sets = sets;
      this.ratersPerInitiative = ratersPerInitiative;
    }

    @Override
    public boolean hasNext() {
      return next < sets;
    }

    @Override
    public ResponseSet next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int i = next++;
      if (i % ratersPerInitiative == 0) {
        quality = 0.2 + 0.7 * random.nextDouble();
      }
      InterestGroup group = groupFor(random);
      boolean provider =
          group == InterestGroup.PEOPLE_WHO_COMMISSION_AND_RUN_SERVICES
              || group == InterestGroup.PEOPLE_WHO_WORK_IN_SERVICES;
      Role role = roleFor(group, random);
      List<ItemResponse> answers = new ArrayList<>(SURVEY_ITEMS.size());
      for (String item : SURVEY_ITEMS) {
        Answer answer = answerFor(quality, provider, random);
        answers.add(
            random.nextInt(20) == 0
                ? ItemResponse.builder()
                    .itemId(item)
                    .answer(answer)
                    .comment(COMMENTS[random.nextInt(COMMENTS.length)])
                    .build()
                : ItemResponse.of(item, answer));
      }
      return ResponseSet.builder()
          .id("rs-" + i)
          .checklist(checklist)
          .initiativeId("init-" + i / ratersPerInitiative)
          .reviewRoundId("round-1")
          .raterRole(role)
          .raterInterestGroup(group)
          .answers(answers)
          .build();
    }
  }
}
