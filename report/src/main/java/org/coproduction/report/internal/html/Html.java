package org.coproduction.report.internal.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A small writer of HTML and SVG markup that escapes every piece of text and every attribute value
 * it is given. Free text in a report (titles, descriptions, findings) comes from users' files and
 * may hold markup such as {@code <script>}; only the markup this library writes itself goes through
 * {@link #raw(String)}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Html {
  private final StringBuilder out = new StringBuilder();

  /**
   * Escapes text for use in HTML or SVG content and in quoted attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} written as character references
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Writes markup this library made; never give it text from data.
   *
   * @param markup trusted markup
   * @return this writer
   */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Writes text, escaped.
   *
   * @param text any text
   * @return this writer
   */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Opens an element.
   *
   * @param tag the element's name
   * @param attributes name and value pairs; values are escaped
   * @return this writer
   */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /**
   * Writes an element with no content, such as an SVG shape.
   *
   * @param tag the element's name
   * @param attributes name and value pairs; values are escaped
   * @return this writer
   */
  public Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /**
   * Closes an element.
   *
   * @param tag the element's name
   * @return this writer
   */
  public Html close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param tag the element's name
   * @param text its text, escaped
   * @param attributes name and value pairs; values are escaped
   * @return this writer
   */
  public Html element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    out.append("</").append(tag).append(">\n");
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
