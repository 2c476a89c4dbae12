package org.coproduction.checklist.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coproduction.checklist.BuiltInChecklist;
import org.coproduction.checklist.Checklist;
import org.coproduction.checklist.ChecklistDerivation;
import org.coproduction.checklist.LocaleTexts;
import org.coproduction.core.CoProductionException;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the locale file reader, {@link LocaleTexts#parse(String, String)}: any text either reads
 * or is refused with {@link CoProductionException}, nothing else. Without {@code JAZZER_FUZZ} this
 * replays the committed inputs under {@code
 * src/test/resources/org/coproduction/checklist/fuzz/LocaleTextsFuzzTestInputs/}.
 *
 * <p>Texts that read are written out again as a locale file, which must read back the same, and
 * applied to the built-in checklist, which must either work or be refused with the library's
 * exception (for example for an item id the checklist lacks).
 */
class LocaleTextsFuzzTest {
  private static final Checklist BUILT_IN = BuiltInChecklist.get();

  @FuzzTest(maxDuration = "2m")
  @Timeout(10)
  void anyTextReadsOrIsRefused(byte[] input) {
    String content = new String(input, StandardCharsets.UTF_8);
    LocaleTexts texts;
    try {
      texts = LocaleTexts.parse(BUILT_IN.language(), content);
    } catch (CoProductionException refused) {
      return;
    }
    LocaleTexts again = LocaleTexts.parse(BUILT_IN.language(), write(texts));
    assertEquals(texts.statements(), again.statements(), "statements survive a rewrite");
    assertEquals(texts.easyReads(), again.easyReads(), "easy-read texts survive a rewrite");
    try {
      ChecklistDerivation.from(BUILT_IN).texts(texts).derive("fuzzed", "1.0", "Fuzzed texts");
    } catch (CoProductionException refused) {
      // An item the checklist lacks, or a text an item refuses: a refusal, as it should be.
    }
  }

  private static String write(LocaleTexts texts) {
    StringBuilder sb = new StringBuilder();
    append(sb, "statement", texts.statements());
    append(sb, "easyRead", texts.easyReads());
    return sb.toString();
  }

  private static void append(StringBuilder sb, String key, Map<String, String> texts) {
    texts.forEach(
        (id, text) ->
            sb.append(id).append('.').append(key).append(" = ").append(text).append('\n'));
  }
}
