package org.coproduction.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.coproduction.core.internal.json.JsonSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The library's documents in a Jackson 3 application's own {@code JsonMapper}, such as the one
 * Spring Boot 4 builds: register this module once, and the host's mapper reads and writes every
 * document type (and every other value of the library's types) with the same strict rules and
 * messages as {@link Documents}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CoProductionJacksonModule()).build();
 * Initiative initiative = mapper.readValue(json, Initiative.class);
 * String text = mapper.writeValueAsString(initiative);
 * }</pre>
 *
 * <p>The module hands every value of a library type to the library's own mapper, the one behind
 * {@link Documents}, so the host's settings (lenient or strict) make no difference to them, and the
 * module changes nothing for the host's own types. A document that is the whole JSON text, or an
 * element of a top-level array, starts with {@code schemaVersion}, exactly as {@link
 * Documents#write(Document)} writes it and {@link Documents#read(String, Class)} reads it. A
 * document inside one of the host's own objects is written and read without it, as an evaluation
 * holds its initiative.
 *
 * <p>A document the library refuses makes the host's mapper throw a {@code
 * tools.jackson.databind.DatabindException} whose original message is the library's, such as {@code
 * meetings[2].noticeDays: must be 0 or more, was -3}, and whose cause is the {@link
 * CoProductionException}. Jackson adds its own note of where in the text it was. Text that is not
 * JSON at all is refused by the host's own parser, in Jackson's words. {@link #problem} turns
 * either into the message {@link Documents} would give.
 *
 * <p>Three things belong to the host's parser, not to a module: the size limits (set {@link
 * #readLimits()} on the host's {@code JsonFactory} to have the library's), text after the end of
 * the document (Jackson 3 refuses it unless the host turned {@code FAIL_ON_TRAILING_TOKENS} off)
 * and the JSON value {@code null}, which Jackson reads as no value without asking the module.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CoProductionJacksonModule extends JacksonModule {
  /** A module to register on a host's mapper; it holds no state, so one may serve many mappers. */
  public CoProductionJacksonModule() {
    // Fails at once, with the library's message, when Jackson's annotations are too old.
    JsonSupport.mapper();
  }

  @Override
  public String getModuleName() {
    return "coproduction";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new HostValues.Readers());
    context.addSerializers(new HostValues.Writers());
  }

  /**
   * The limits {@link Documents} puts on one document (16 MiB, nesting 64 deep, 100,000 characters
   * in one string, 200 in a field name, 100 digits in a number), for a host that wants the same
   * protection: {@code JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
   * CoProductionJacksonModule.readLimits()).build())}. They then apply to everything the host's
   * mapper reads, its own types too.
   *
   * @return the limits
   */
  public static StreamReadConstraints readLimits() {
    return JsonSupport.limits(JsonSupport.MAX_DOCUMENT_CHARS, JsonSupport.MAX_NESTING_DEPTH);
  }

  /**
   * What the host's mapper threw, as the library's exception with the message {@link Documents}
   * would give: the path from the top of the JSON text and the problem in plain words, never text
   * from the document. Use it to show a person why their file was refused.
   *
   * @param e what the host's mapper threw while reading
   * @return the library's exception; a problem the library found keeps its own words, with the path
   *     of the host's objects around the document in front
   */
  public static CoProductionException problem(JacksonException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof CoProductionException c) {
        return c.within(JsonSupport.path(e.getPath()));
      }
    }
    if (e instanceof MismatchedInputException m
        && m.getTargetType() != null
        && m.getTargetType().isAnnotationPresent(DocumentType.class)
        && String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
      // The host's mapper found nothing to read and never asked the module.
      return Documents.empty(Documents.meta(m.getTargetType()));
    }
    // A broken limit is found by the host's parser, which knows where it stopped.
    JsonParser parser = e.processor() instanceof JsonParser p ? p : null;
    return JsonSupport.translate(e, "document", parser);
  }
}
