package org.coproduction.report.internal.survey;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a CSV export into text, finding the encoding when the caller does not name
 * one. Survey tools write UTF-8, often with a byte order mark; Excel's "CSV" writes Windows-1252 in
 * most of Europe and America, and its "Unicode text" writes UTF-16. A byte order mark settles it;
 * otherwise text that is valid UTF-8 is UTF-8, text with many zero bytes is UTF-16, and anything
 * else is Windows-1252, which can decode every byte.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** Text decoded from an export, and the encoding used, in words. */
  public record Decoded(String text, String encoding) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decodes the export.
   *
   * @param bytes the file's bytes
   * @param chosen the encoding the caller named, or empty to find it
   * @return the text without any byte order mark, and the encoding's name
   * @throws CharacterCodingException when the caller named an encoding the bytes are not in
   */
  public static Decoded decode(byte[] bytes, Optional<Charset> chosen)
      throws CharacterCodingException {
    if (chosen.isPresent()) {
      Charset charset = chosen.get();
      String text = strict(charset, bytes, 0);
      boolean mark = !text.isEmpty() && text.charAt(0) == '\uFEFF';
      return new Decoded(
          mark ? text.substring(1) : text,
          name(charset) + (mark ? " with a byte order mark" : "") + ", as chosen");
    }
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(StandardCharsets.UTF_8, bytes, 3), "UTF-8 with a byte order mark");
    }
    if (starts(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          lenient(StandardCharsets.UTF_16LE, bytes, 2),
          "UTF-16 (little-endian) with a byte order mark");
    }
    if (starts(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          lenient(StandardCharsets.UTF_16BE, bytes, 2),
          "UTF-16 (big-endian) with a byte order mark");
    }
    Optional<Charset> utf16 = utf16WithoutMark(bytes);
    if (utf16.isPresent()) {
      return new Decoded(lenient(utf16.get(), bytes, 0), name(utf16.get()));
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(lenient(WINDOWS_1252, bytes, 0), "Windows-1252");
    }
  }

  private static String name(Charset charset) {
    return switch (charset.name()) {
      case "UTF-16LE" -> "UTF-16 (little-endian)";
      case "UTF-16BE" -> "UTF-16 (big-endian)";
      case "windows-1252" -> "Windows-1252";
      default -> charset.name();
    };
  }

  /** Mostly-ASCII UTF-16 has a zero in every other byte; no text file in 8-bit encodings does. */
  private static Optional<Charset> utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length - bytes.length % 2, 4096);
    if (n < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 10 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(Charset charset, byte[] bytes, int from)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
  }

  private static String lenient(Charset charset, byte[] bytes, int from) {
    return new String(bytes, from, bytes.length - from, charset);
  }
}
