package org.coproduction.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.coproduction.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The commands' helpers for picocli: the converters that turn names into examples and formats
 * (refusing unknown ones with the right names listed), the lists the help shows, the version, and
 * picocli's complaints in plain words.
 */
final class CommandOptions {
  private CommandOptions() {}

  /** Picocli's complaints about a command line, in plain words, for every command here. */
  static final class UsageWords {
    private UsageWords() {}

    static String of(ParameterException e) {
      if (e.getCause() instanceof TypeConversionException c) {
        // The converters already speak plainly, and list the right names.
        return c.getMessage();
      }
      if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
        String first = u.getUnmatched().get(0);
        if (first.startsWith("-")) {
          return "there is no option " + first + nearest(u) + "; the options are " + options(u);
        }
        return "'"
            + first
            + "' is not expected here; the arguments are listed by "
            + e.getCommandLine().getCommandName()
            + " --help";
      }
      if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
        return needsValue(m.getMissing().get(0));
      }
      if (e instanceof OverwrittenOptionException o) {
        return name(o.getOverwritten()) + " is given more than once; give it once";
      }
      return e.getMessage();
    }

    /** Picocli's guess at the option meant, such as {@code (did you mean --format?)}. */
    private static String nearest(UnmatchedArgumentException u) {
      List<String> close = u.getSuggestions();
      return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    /** Every option of the command, by its longest name, in the order the help lists them. */
    private static String options(ParameterException e) {
      return e.getCommandLine().getCommandSpec().options().stream()
          .map(OptionSpec::longestName)
          .collect(Collectors.joining(", "));
    }

    private static String needsValue(ArgSpec arg) {
      return arg.isOption()
          ? name(arg) + " needs a " + arg.paramLabel() + " after it"
          : "a " + arg.paramLabel() + " is missing";
    }

    private static String name(ArgSpec arg) {
      return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
  }

  /** Turns an example's name into itself, refusing names of no bundled example. */
  static final class ExampleName implements ITypeConverter<String> {
    @Override
    public String convert(String name) {
      if (!Examples.names().contains(name)) {
        throw new TypeConversionException(
            "no bundled example is called '"
                + name
                + "'; the examples are "
                + String.join(", ", Examples.names()));
      }
      return name;
    }
  }

  /** The bundled examples' names, for the help. */
  static final class ExampleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Examples.names().iterator();
    }
  }

  /** Turns a format's name into the format, listing the names when it is unknown. */
  static final class FormatName implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String name) {
      return ReportFormat.byName(name)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "no format is called '"
                          + name
                          + "'; the formats are "
                          + String.join(", ", ReportFormat.names())));
    }
  }

  /** The formats' names, for the help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormat.names().iterator();
    }
  }

  /** The library's version, from a file Maven fills in at build time, after the command's name. */
  static final class Version implements IVersionProvider {
    // Picocli sets the command this provider serves, so every command can share it.
    @Spec private CommandSpec spec;

    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Evaluate.class.getResourceAsStream("evaluate.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        spec.name() + " (coproduction) " + properties.getProperty("version", "unknown version")
      };
    }
  }
}
