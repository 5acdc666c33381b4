package org.parley.cli;

import org.parley.export.OutputName;
import org.parley.seed.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Range checks for numeric options, paths typed empty and paths to write that no one means,
 * reported as usage errors that name the option.
 */
final class Limits {

    private Limits() {
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
        }
    }

    /** {@code --out ""} is the current folder to Java, which a command was never asked to write into. */
    static void named(CommandSpec spec, String option, Path value, String what) {
        if (value != null && value.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + " is empty; name " + what + ".");
        }
    }

    /**
     * The dataset to read ({@code PATH}): named, and not a file typed as a folder. Java drops the '/' of
     * "week.json/", which had been read as week.json although the '/' said a folder; a folder is read as it is.
     */
    static void dataset(CommandSpec spec, Path path, String what) {
        named(spec, "PATH", path, what);
        if (path == null || !Files.isRegularFile(path)) {
            return;
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            List<String> values = positional.originalStringValues();
            String typed = values.isEmpty() ? "" : values.get(values.size() - 1);
            if ("PATH".equals(positional.paramLabel()) && typed.length() > 1
                    && (typed.endsWith("/") || typed.endsWith(File.separator))) {
                throw new ParameterException(spec.commandLine(), "PATH " + Printable.oneLine(typed)
                        + " ends in '/', a folder's name, but " + Printable.oneLine(String.valueOf(path.getFileName()))
                        + " is a file: type its name without the '/'. Nothing was read.");
            }
        }
    }

    /**
     * A path to write ({@code --out}): named, and free of control characters ({@link OutputName}),
     * checked before the command opens anything, so a refused name leaves everything as it was.
     */
    static void output(CommandSpec spec, String option, Path value, String what) {
        named(spec, option, value, what);
        if (value != null) {
            OutputName.problem(value).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), option + " " + problem);
            });
        }
    }

    /**
     * Whether {@code option} was typed ending in '/', a folder's name. The {@link Path} it becomes has lost
     * that '/': "--out slides/" was written as a file named "slides".
     */
    static boolean typedAsFolder(CommandSpec spec, String option) {
        OptionSpec typed = spec.findOption(option);
        List<String> values = typed == null ? List.of() : typed.originalStringValues();
        if (values.isEmpty()) {
            return false;
        }
        String value = values.get(values.size() - 1);
        // "/" alone is the root, which is refused as a folder further on, in words of its own.
        return value.length() > 1 && (value.endsWith("/") || value.endsWith(File.separator));
    }

    /**
     * Refuses {@code option} typed as a folder where one file is what the command writes; {@code instead}
     * says what it writes and what to type.
     */
    static void notAFolder(CommandSpec spec, String option, String instead) {
        if (typedAsFolder(spec, option)) {
            List<String> values = spec.findOption(option).originalStringValues();
            throw new ParameterException(spec.commandLine(), option + " " + Printable.oneLine(values.get(values.size() - 1))
                    + " ends in '/', a folder's name, but " + instead + ". Nothing was written.");
        }
    }

    static void atMost(CommandSpec spec, String option, long value, long max) {
        if (value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be at most " + max + ", not " + value);
        }
    }
}
