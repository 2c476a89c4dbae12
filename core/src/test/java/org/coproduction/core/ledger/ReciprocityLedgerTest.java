package org.coproduction.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduction.core.CoProductionException;
import org.coproduction.core.Documents;
import org.junit.jupiter.api.Test;

class ReciprocityLedgerTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/reciprocity-ledger.json");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money gbp(long pence) {
    return Money.of(pence, "GBP");
  }

  /**
   * A memory club redesigning its spring programme: two members (m01 living with dementia, m02 a
   * carer), a volunteer (v03) and a young person (y05) who was asked to join one meeting. Invented.
   */
  static ReciprocityLedger club() {
    return ReciprocityLedger.builder()
        .id("memory-club-ledger-2026")
        .initiativeId("memory-club-spring-2026")
        .currency("GBP")
        .participants(List.of("m01", "m02", "v03", "y05"))
        .addContributions(
            contribution(
                "c1",
                "m01",
                "2026-02-03",
                "PT2H",
                ContributionKind.MEETING,
                "Planning meeting for the spring programme"),
            contribution("c2", "m02", "2026-02-03", "PT2H", ContributionKind.MEETING, null),
            contribution("c3", "y05", "2026-02-03", "PT2H", ContributionKind.MEETING, null),
            contribution(
                "c4",
                "v03",
                "2026-02-10",
                "PT3H",
                ContributionKind.DELIVERY,
                "Ran the music session"),
            contribution("c5", "m02", "2026-02-10", "PT1H", ContributionKind.TRAVEL, null),
            contribution(
                "c6",
                "m01",
                "2026-02-17",
                "PT1H30M",
                ContributionKind.EVALUATION,
                "Feedback circle on the first sessions"))
        .addReturns(
            Return.builder()
                .id("r1")
                .participantId("m02")
                .date(day("2026-02-03"))
                .kind(ReturnKind.TIME_CREDITS)
                .creditHours(Duration.ofHours(2))
                .build(),
            Return.builder()
                .id("r2")
                .participantId("v03")
                .date(day("2026-02-10"))
                .kind(ReturnKind.TIME_CREDITS)
                .creditHours(Duration.ofHours(3))
                .description("Hours banked with the local time bank")
                .build(),
            Return.builder()
                .id("r3")
                .participantId("m01")
                .date(day("2026-02-17"))
                .kind(ReturnKind.RECOGNITION)
                .description("Certificate of thanks")
                .build(),
            Return.builder()
                .id("r4")
                .participantId("m01")
                .date(day("2026-02-28"))
                .kind(ReturnKind.FEE)
                .amount(gbp(2460))
                .description("Attendance fee for the planning meeting at the living wage")
                .build(),
            Return.builder()
                .id("r5")
                .participantId("m02")
                .date(day("2026-02-10"))
                .kind(ReturnKind.EXPENSES)
                .amount(gbp(450))
                .description("Day bus ticket")
                .build())
        .addExpenseClaims(
            ExpenseClaim.builder()
                .id("e1")
                .participantId("m02")
                .date(day("2026-02-10"))
                .claimed(gbp(1200))
                .reimbursed(gbp(1200))
                .description("Care cover for the afternoon")
                .build(),
            ExpenseClaim.builder()
                .id("e2")
                .participantId("v03")
                .date(day("2026-02-10"))
                .claimed(gbp(640))
                .reimbursed(gbp(0))
                .description("Taxi home after the session")
                .build())
        .addCreditTransfers(
            CreditTransfer.builder()
                .id("t1")
                .fromParticipantId("v03")
                .toParticipantId("m02")
                .date(day("2026-02-20"))
                .hours(Duration.ofHours(1))
                .description("Gift towards a carers' day out")
                .build(),
            CreditTransfer.builder()
                .id("t2")
                .fromParticipantId("m02")
                .date(day("2026-03-01"))
                .hours(Duration.parse("PT2H30M"))
                .description("Swimming sessions through the time bank")
                .build())
        .build();
  }

  private static Contribution contribution(
      String id, String who, String date, String hours, ContributionKind kind, String note) {
    Contribution.Builder b =
        Contribution.builder()
            .id(id)
            .participantId(who)
            .date(day(date))
            .hours(Duration.parse(hours))
            .kind(kind);
    if (note != null) {
      b.description(note);
    }
    return b.build();
  }

  private static String golden() throws IOException {
    return Files.readString(GOLDEN, StandardCharsets.UTF_8);
  }

  private static CoProductionException readFails(String json) {
    return assertThrows(
        CoProductionException.class, () -> Documents.read(json, ReciprocityLedger.class));
  }

  /** Replaces exactly one occurrence, so a test cannot pass because its edit missed. */
  private static String once(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "expected exactly one '" + from + "'");
    return text.replace(from, to);
  }

  // --- golden fixture and round trip ---

  @Test
  void goldenFixtureIsTheClubLedgerAndIsWrittenBackByteForByte() throws IOException {
    String text = golden();
    ReciprocityLedger read = Documents.read(text, ReciprocityLedger.class);
    assertEquals(club(), read);
    assertEquals(text, Documents.write(read));
  }

  @Test
  void hoursAreWrittenAsIsoText() {
    String json = Documents.write(club());
    assertTrue(json.contains("\"hours\" : \"PT1H30M\""), json);
    assertTrue(json.contains("\"creditHours\" : \"PT2H\""), json);
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,"), json);
  }

  // --- figures ---

  @Test
  void balancesSumEachPersonsEntries() {
    Map<String, Balance> balances = club().balances();
    assertEquals(List.of("m01", "m02", "v03", "y05"), List.copyOf(balances.keySet()));

    Balance m01 = balances.get("m01");
    assertEquals(Duration.parse("PT3H30M"), m01.hoursGiven());
    assertEquals(
        Map.of(
            ContributionKind.MEETING,
            Duration.ofHours(2),
            ContributionKind.EVALUATION,
            Duration.parse("PT1H30M")),
        m01.hoursByKind());
    assertEquals(gbp(2460), m01.feesReceived());
    assertEquals(gbp(0), m01.expensesPaid());
    assertEquals(Map.of(ReturnKind.FEE, 1, ReturnKind.RECOGNITION, 1), m01.returnsByKind());
    assertEquals(2, m01.returnsReceived());
    assertEquals(gbp(2460), m01.moneyReceived());
    assertEquals(Duration.ZERO, m01.creditBalance());

    Balance m02 = balances.get("m02");
    assertEquals(Duration.ofHours(3), m02.hoursGiven());
    assertEquals(Duration.ofHours(2), m02.creditsEarned());
    assertEquals(Duration.ofHours(1), m02.creditsReceived());
    assertEquals(Duration.ZERO, m02.creditsGiven());
    assertEquals(Duration.parse("PT2H30M"), m02.creditsSpent());
    assertEquals(Duration.ofMinutes(30), m02.creditBalance());
    assertEquals(gbp(450), m02.expensesPaid());
    assertEquals(gbp(1200), m02.expensesClaimed());
    assertEquals(gbp(1200), m02.expensesReimbursed());
    assertEquals(gbp(0), m02.expensesUnreimbursed());
    assertEquals(gbp(1650), m02.moneyReceived());

    Balance v03 = balances.get("v03");
    assertEquals(Duration.ofHours(3), v03.creditsEarned());
    assertEquals(Duration.ofHours(1), v03.creditsGiven());
    assertEquals(Duration.ofHours(2), v03.creditBalance());
    assertEquals(gbp(640), v03.expensesUnreimbursed());
    assertEquals(gbp(0), v03.moneyReceived());

    Balance y05 = balances.get("y05");
    assertEquals(Duration.ofHours(2), y05.hoursGiven());
    assertEquals(Map.of(), y05.returnsByKind());
    assertTrue(y05.contributedWithoutReturn());
    assertFalse(v03.contributedWithoutReturn());
  }

  @Test
  void totalsAddUpTheWholeLedger() {
    LedgerTotals t = club().totals();
    assertEquals(4, t.participants());
    assertEquals(Duration.parse("PT11H30M"), t.hoursGiven());
    assertEquals(Duration.ofHours(6), t.hoursByKind().get(ContributionKind.MEETING));
    assertEquals(gbp(2460), t.feesPaid());
    assertEquals(gbp(450), t.expensesPaid());
    assertEquals(Duration.ofHours(5), t.creditsEarned());
    assertEquals(Duration.ofHours(1), t.creditsGiven());
    assertEquals(Duration.parse("PT2H30M"), t.creditsSpent());
    assertEquals(Duration.parse("PT2H30M"), t.creditsHeld());
    assertEquals(gbp(1840), t.expensesClaimed());
    assertEquals(gbp(1200), t.expensesReimbursed());
    assertEquals(gbp(640), t.expensesUnreimbursed());
    assertEquals(gbp(4110), t.moneyPaid());
    assertEquals(2, t.returnsByKind().get(ReturnKind.TIME_CREDITS));
  }

  @Test
  void theYoungPersonWhoGotNothingBackIsNamed() {
    assertEquals(List.of("y05"), club().contributorsWithoutReturn());
  }

  @Test
  void creditsMovedBetweenPeopleCancelOut() {
    ReciprocityLedger l = club();
    Duration received = Duration.ZERO;
    Duration given = Duration.ZERO;
    Duration held = Duration.ZERO;
    for (Balance b : l.balances().values()) {
      received = received.plus(b.creditsReceived());
      given = given.plus(b.creditsGiven());
      held = held.plus(b.creditBalance());
    }
    assertEquals(Duration.ofHours(1), received);
    assertEquals(received, given);
    assertEquals(l.totals().creditsHeld(), held);
  }

  @Test
  void aBalanceIsEmptyForSomeoneNotListed() {
    assertTrue(club().balance("nobody").isEmpty());
    assertEquals(Duration.ofHours(2), club().balance("y05").orElseThrow().hoursGiven());
  }

  // --- participants against an initiative ---

  @Test
  void participantsAreCheckedAgainstKnownIds() {
    ReciprocityLedger l = club();
    l.checkParticipantsAgainst(Set.of("m01", "m02", "v03", "y05", "s06"));
    assertEquals(List.of("y05"), l.unknownParticipants(Set.of("m01", "m02", "v03")));
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> l.checkParticipantsAgainst(Set.of("m01", "m02", "v03")));
    assertEquals("participants[3]: no participant with id 'y05'", e.getMessage());
  }

  // --- bad documents, with full paths ---

  @Test
  void negativeHoursAreRejectedWithTheirPath() throws IOException {
    String bad = once(golden(), "\"hours\" : \"PT1H30M\"", "\"hours\" : \"-PT1H30M\"");
    assertEquals(
        "contributions[5].hours: must be 0 hours or more, was -1 hour 30 minutes",
        readFails(bad).getMessage());
  }

  @Test
  void hoursGivenAsABareNumberAreRejectedRatherThanReadAsSeconds() throws IOException {
    String bad = once(golden(), "\"hours\" : \"PT1H30M\"", "\"hours\" : 2");
    assertEquals(
        "contributions[5].hours: must be a length of time such as PT2H30M (2 hours"
            + " 30 minutes) or PT45M (45 minutes)",
        readFails(bad).getMessage());
  }

  @Test
  void creditHoursGivenAsABareNumberAreRejected() throws IOException {
    String bad = once(golden(), "\"creditHours\" : \"PT3H\"", "\"creditHours\" : 3");
    assertEquals(
        "returns[1].creditHours: must be a length of time such as PT2H30M (2 hours"
            + " 30 minutes) or PT45M (45 minutes)",
        readFails(bad).getMessage());
  }

  @Test
  void hoursThatAreNotIsoTextAreRejected() throws IOException {
    String bad = once(golden(), "\"hours\" : \"PT1H30M\"", "\"hours\" : \"an hour and a half\"");
    assertEquals(
        "contributions[5].hours: must be a length of time such as PT2H30M (2 hours"
            + " 30 minutes) or PT45M (45 minutes)",
        readFails(bad).getMessage());
  }

  @Test
  void anAmountInAnotherCurrencyIsRejectedWithItsPath() throws IOException {
    String bad =
        once(
            golden(),
            "\"currency\" : \"GBP\",\n      \"minorUnits\" : 2460",
            "\"currency\" : \"EUR\",\n      \"minorUnits\" : 2460");
    assertEquals(
        "returns[3].amount: is in EUR but this ledger is in GBP", readFails(bad).getMessage());
  }

  @Test
  void aClaimInAnotherCurrencyIsRejectedWithItsPath() throws IOException {
    String bad =
        once(
            golden(),
            "\"claimed\" : {\n"
                + "      \"currency\" : \"GBP\",\n"
                + "      \"minorUnits\" : 640\n"
                + "    },\n"
                + "    \"date\" : \"2026-02-10\",\n"
                + "    \"description\" : \"Taxi home after the session\",\n"
                + "    \"id\" : \"e2\",\n"
                + "    \"participantId\" : \"v03\",\n"
                + "    \"reimbursed\" : {\n"
                + "      \"currency\" : \"GBP\"",
            "\"claimed\" : {\n"
                + "      \"currency\" : \"USD\",\n"
                + "      \"minorUnits\" : 640\n"
                + "    },\n"
                + "    \"date\" : \"2026-02-10\",\n"
                + "    \"description\" : \"Taxi home after the session\",\n"
                + "    \"id\" : \"e2\",\n"
                + "    \"participantId\" : \"v03\",\n"
                + "    \"reimbursed\" : {\n"
                + "      \"currency\" : \"USD\"");
    assertEquals(
        "expenseClaims[1].claimed: is in USD but this ledger is in GBP",
        readFails(bad).getMessage());
  }

  @Test
  void aNegativeAmountIsRejectedWithItsFullPath() throws IOException {
    String bad = once(golden(), "\"minorUnits\" : 2460", "\"minorUnits\" : -2460");
    assertEquals(
        "returns[3].amount.minorUnits: must be 0 or more, was -2460", readFails(bad).getMessage());
  }

  @Test
  void anAmountWithAFractionIsRejected() throws IOException {
    String bad = once(golden(), "\"minorUnits\" : 2460", "\"minorUnits\" : 24.6");
    assertEquals(
        "returns[3].amount.minorUnits: wrong kind of value: expected a whole number",
        readFails(bad).getMessage());
  }

  @Test
  void aCurrencyThatIsNotAnIsoCodeIsRejected() throws IOException {
    String bad =
        once(
            golden(),
            "\"currency\" : \"GBP\",\n  \"expenseClaims\"",
            "\"currency\" : \"pounds\",\n  \"expenseClaims\"");
    assertEquals(
        "currency: must be the ISO 4217 code of a currency, such as GBP or EUR",
        readFails(bad).getMessage());
  }

  @Test
  void anUnknownParticipantIsRejectedWithItsPath() throws IOException {
    String bad =
        once(
            golden(),
            "\"id\" : \"c1\",\n    \"kind\" : \"MEETING\",\n    \"participantId\" : \"m01\"",
            "\"id\" : \"c1\",\n    \"kind\" : \"MEETING\",\n    \"participantId\" : \"p9\"");
    assertEquals(
        "contributions[0].participantId: no participant with id 'p9'", readFails(bad).getMessage());
  }

  @Test
  void aTransferToAnUnknownParticipantIsRejectedWithItsPath() throws IOException {
    String bad = once(golden(), "\"toParticipantId\" : \"m02\"", "\"toParticipantId\" : \"p9\"");
    assertEquals(
        "creditTransfers[0].toParticipantId: no participant with id 'p9'",
        readFails(bad).getMessage());
  }

  @Test
  void spendingMoreCreditThanHeldIsRejected() throws IOException {
    String bad = once(golden(), "\"hours\" : \"PT2H30M\"", "\"hours\" : \"PT4H\"");
    assertEquals(
        "creditTransfers[1].hours: m02 would spend 4 hours of time credit on 2026-03-01"
            + " but has only 3 hours earned or received by then",
        readFails(bad).getMessage());
  }

  @Test
  void creditReceivedLaterCannotBeSpentEarlier() throws IOException {
    // The gift from v03 now arrives after m02 spends, so m02 holds only the 2 hours earned.
    String bad = once(golden(), "\"date\" : \"2026-02-20\"", "\"date\" : \"2026-03-02\"");
    assertEquals(
        "creditTransfers[1].hours: m02 would spend 2 hours 30 minutes of time credit on 2026-03-01"
            + " but has only 2 hours earned or received by then",
        readFails(bad).getMessage());
  }

  @Test
  void transfersOnTheSameDayAreAppliedInIdOrder() {
    // v03 holds 3 hours; on one day "a" gives 3 hours to m02 before "b" tries to spend 1 hour.
    ReciprocityLedger.Builder ledger =
        ReciprocityLedger.builder()
            .id("l")
            .initiativeId("i")
            .currency("GBP")
            .participants(List.of("m02", "v03"))
            .addContributions(
                contribution("c1", "v03", "2026-02-10", "PT3H", ContributionKind.DELIVERY, null))
            .addReturns(
                Return.builder()
                    .id("r1")
                    .participantId("v03")
                    .date(day("2026-02-10"))
                    .kind(ReturnKind.TIME_CREDITS)
                    .creditHours(Duration.ofHours(3))
                    .build())
            .addCreditTransfers(
                CreditTransfer.builder()
                    .id("b")
                    .fromParticipantId("v03")
                    .date(day("2026-02-11"))
                    .hours(Duration.ofHours(1))
                    .build(),
                CreditTransfer.builder()
                    .id("a")
                    .fromParticipantId("v03")
                    .toParticipantId("m02")
                    .date(day("2026-02-11"))
                    .hours(Duration.ofHours(3))
                    .build());
    CoProductionException e = assertThrows(CoProductionException.class, ledger::build);
    assertEquals(
        "creditTransfers[0].hours: v03 would spend 1 hour of time credit on 2026-02-11"
            + " but has none earned or received by then",
        e.getMessage());
  }

  @Test
  void givingCreditNotHeldNamesTheReceiver() throws IOException {
    String bad =
        once(
            golden(),
            "\"hours\" : \"PT1H\",\n    \"id\" : \"t1\"",
            "\"hours\" : \"PT3H15M\",\n    \"id\" : \"t1\"");
    assertEquals(
        "creditTransfers[0].hours: v03 would give m02 3 hours 15 minutes of time credit on"
            + " 2026-02-20 but has only 3 hours earned or received by then",
        readFails(bad).getMessage());
  }

  @Test
  void earningMoreCreditThanHoursGivenIsRejected() throws IOException {
    String bad = once(golden(), "\"creditHours\" : \"PT3H\"", "\"creditHours\" : \"PT4H\"");
    assertEquals(
        "returns[1].creditHours: v03 would earn 4 hours of time credit in all but gave only 3"
            + " hours; a time bank gives one credit for each hour given",
        readFails(bad).getMessage());
  }

  @Test
  void aFeeWithoutAnAmountIsRejected() throws IOException {
    String bad =
        once(
            golden(),
            "\"amount\" : {\n      \"currency\" : \"GBP\",\n      \"minorUnits\" : 2460\n    },\n",
            "");
    assertEquals("returns[3].amount: a FEE return needs an amount", readFails(bad).getMessage());
  }

  @Test
  void recognitionWithAnAmountIsRejected() throws IOException {
    String bad =
        once(
            golden(),
            "\"date\" : \"2026-02-17\",\n    \"description\" : \"Certificate of thanks\"",
            "\"amount\" : {\"currency\" : \"GBP\", \"minorUnits\" : 100},\n"
                + "    \"date\" : \"2026-02-17\",\n"
                + "    \"description\" : \"Certificate of thanks\"");
    assertEquals(
        "returns[2].amount: only a FEE or EXPENSES return carries an amount; this one is"
            + " RECOGNITION",
        readFails(bad).getMessage());
  }

  @Test
  void timeCreditsWithoutHoursAreRejected() throws IOException {
    String bad = once(golden(), "\"creditHours\" : \"PT3H\",\n", "");
    assertEquals(
        "returns[1].creditHours: a TIME_CREDITS return needs the credit hours earned",
        readFails(bad).getMessage());
  }

  @Test
  void aReimbursementAboveTheClaimIsRejected() throws IOException {
    String bad = once(golden(), "\"minorUnits\" : 0", "\"minorUnits\" : 700");
    assertEquals(
        "expenseClaims[1].reimbursed: 7.00 GBP is more than the 6.40 GBP claimed",
        readFails(bad).getMessage());
  }

  @Test
  void aTransferToTheSamePersonIsRejected() throws IOException {
    String bad = once(golden(), "\"toParticipantId\" : \"m02\"", "\"toParticipantId\" : \"v03\"");
    assertEquals(
        "creditTransfers[0].toParticipantId: cannot move credits from a person to the same person",
        readFails(bad).getMessage());
  }

  @Test
  void aRepeatedIdIsRejectedWithBothPlaces() throws IOException {
    String bad = once(golden(), "\"id\" : \"r5\"", "\"id\" : \"r1\"");
    assertEquals(
        "returns[4].id: duplicate id 'r1', already used at index 0 of this list",
        readFails(bad).getMessage());
  }

  @Test
  void aParticipantListedTwiceIsRejected() throws IOException {
    String bad = once(golden(), "\"y05\" ]", "\"y05\", \"m01\" ]");
    assertEquals(
        "participants[4]: duplicate id 'm01', already used at index 0 of this list",
        readFails(bad).getMessage());
  }

  @Test
  void anUnknownReturnKindIsRejected() throws IOException {
    String bad = once(golden(), "\"kind\" : \"RECOGNITION\"", "\"kind\" : \"PRAISE\"");
    assertEquals(
        "returns[2].kind: must be one of FEE, EXPENSES, TIME_CREDITS, TRAINING, RECOGNITION or"
            + " IN_KIND",
        readFails(bad).getMessage());
  }

  @Test
  void anUnknownFieldIsRejected() throws IOException {
    String bad = once(golden(), "\"id\" : \"c2\",", "\"id\" : \"c2\", \"rate\" : 1,");
    CoProductionException e = readFails(bad);
    assertEquals("contributions[1].rate", e.path());
    assertTrue(e.problem().startsWith("unknown field"), e.problem());
  }

  // --- money ---

  @Test
  void moneyInTwoCurrenciesCannotBeAdded() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> gbp(100).plus(Money.of(100, "EUR")));
    assertEquals("cannot add GBP and EUR in one sum", e.getMessage());
  }

  @Test
  void moneyAddsAndSubtractsInMinorUnits() {
    assertEquals(gbp(1310), gbp(1250).plus(gbp(60)));
    assertEquals(gbp(1190), gbp(1250).minus(gbp(60)));
    assertEquals(gbp(1310), Money.sum("GBP", List.of(gbp(1250), gbp(60))));
    assertEquals(gbp(0), Money.sum("GBP", List.of()));
    assertTrue(gbp(2).exceeds(gbp(1)));
    assertFalse(gbp(1).exceeds(gbp(1)));
  }

  @Test
  void moneyIsNeverNegative() {
    assertEquals(
        "minorUnits: must be 0 or more, was -1",
        assertThrows(CoProductionException.class, () -> gbp(-1)).getMessage());
    assertEquals(
        "cannot take 12.51 GBP from 12.50 GBP: amounts of money are never negative",
        assertThrows(CoProductionException.class, () -> gbp(1250).minus(gbp(1251))).getMessage());
  }

  @Test
  void moneyNeedsARealCurrency() {
    for (String code : new String[] {"gbp", "ZZZ", "XXX", "XAU", "", "GBPX"}) {
      CoProductionException e =
          assertThrows(CoProductionException.class, () -> Money.of(1, code), code);
      assertEquals(
          "currency: must be the ISO 4217 code of a currency, such as GBP or EUR", e.getMessage());
    }
  }

  @Test
  void moneyReadsAsPeopleWriteIt() {
    assertEquals("12.50 GBP", gbp(1250).toString());
    assertEquals("0.05 EUR", Money.of(5, "EUR").toString());
    assertEquals("1250 JPY", Money.of(1250, "JPY").toString());
    assertEquals(new java.math.BigDecimal("12.50"), gbp(1250).toDecimal());
  }

  @Test
  void aSumTooLargeToHoldIsRefusedInWords() {
    CoProductionException e =
        assertThrows(CoProductionException.class, () -> gbp(Long.MAX_VALUE).plus(gbp(1)));
    assertEquals("the sum is too large to hold", e.getMessage());
  }

  // --- hours in words ---

  @Test
  void hoursAreWordedAsPeopleSayThem() {
    assertEquals("0 hours", Hours.words(Duration.ZERO));
    assertEquals("1 hour", Hours.words(Duration.ofHours(1)));
    assertEquals("3 hours", Hours.words(Duration.ofHours(3)));
    assertEquals("1 hour 30 minutes", Hours.words(Duration.parse("PT1H30M")));
    assertEquals("45 minutes", Hours.words(Duration.ofMinutes(45)));
    assertEquals("1 minute 1 second", Hours.words(Duration.ofSeconds(61)));
    assertEquals("-2 hours", Hours.words(Duration.ofHours(-2)));
    assertEquals("0.5 seconds", Hours.words(Duration.ofMillis(500)));
  }

  @Test
  void aFractionOfASecondIsWordedInHoursAndSecondsNotIsoText() {
    assertEquals("99 hours 0.001 seconds", Hours.words(Duration.parse("PT99H0.001S")));
    assertEquals("-1 hour 30 minutes 0.25 seconds", Hours.words(Duration.parse("-PT1H30M0.25S")));
    assertEquals(
        "-2562047788015215 hours 30 minutes 8 seconds",
        Hours.words(Duration.ofSeconds(Long.MIN_VALUE)));
  }

  @Test
  void aNegativeContributionBuiltInJavaNamesItsField() {
    CoProductionException e =
        assertThrows(
            CoProductionException.class,
            () -> contribution("c1", "m01", "2026-02-03", "-PT2H", ContributionKind.MEETING, null));
    assertEquals("hours: must be 0 hours or more, was -2 hours", e.getMessage());
  }
}
