package org.coproduction.report.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.coproduction.report.internal.html.Html;

/**
 * The parts both questionnaire pages share: the style and script shipped beside this class, and a
 * content security policy that lets the page run only its own inline style and script, found by
 * their hashes, and load nothing at all.
 */
final class PageParts {
  private PageParts() {}

  static String resource(String name) {
    try (InputStream in = PageParts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the library jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The policy for a page whose only style and script are the ones given (script may be null). */
  static String policy(String style, String script) {
    return "default-src 'none'; style-src '"
        + hash(style)
        + "'; script-src "
        + (script == null ? "'none'" : "'" + hash(script) + "'")
        + "; img-src data:; form-action 'none'; base-uri 'none'";
  }

  static void head(Html html, String language, String title, String style, String script) {
    html.raw("<!DOCTYPE html>\n")
        .open("html", "lang", language)
        .open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .empty("meta", "http-equiv", "Content-Security-Policy", "content", policy(style, script))
        .element("title", title)
        .open("style")
        .raw(style)
        .close("style")
        .close("head")
        .raw("\n");
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
