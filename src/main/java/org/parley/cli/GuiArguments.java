package org.parley.cli;

import org.parley.export.OutputName;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app's own options, {@code --db FILE} and {@code --measure-startup}, read without picocli.
 * Building picocli's command model reflects over every command class (some 180 classes and a
 * quarter of a second at start on two cores), which the window does not need. Anything else,
 * including a mistake, is left to picocli, so its messages and help stay the only ones.
 */
record GuiArguments(Path db, boolean measureStartup) {

    private static final String DB = "--db";
    private static final String MEASURE = "--measure-startup";

    private static boolean unmakeable(String value) {
        try {
            Path p = Path.of(value);
            return !Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && OutputName.problem(p).isPresent();
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /** As {@link Limits#typedAsFolder}: "/" alone is the root, refused further on in words of its own. */
    private static boolean typedAsFolder(String value) {
        return value.length() > 1 && (value.endsWith("/") || value.endsWith(File.separator));
    }

    /** The app's options when {@code args} hold nothing else, each at most once; empty otherwise. */
    static Optional<GuiArguments> read(String... args) {
        String db = null;
        boolean measure = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals(MEASURE) && !measure) {
                measure = true;
                continue;
            } else if (arg.equals(DB) && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith(DB + "=")) {
                value = arg.substring(DB.length() + 1);
            }
            // A name Parley would not create ("~/x.db", a line break) or one typed as a folder ("x.db/", which
            // Path.of reads as x.db): left to picocli, whose ParleyCommand refuses it as the commands do.
            if (value == null || value.isEmpty() || value.startsWith("-") || db != null || unmakeable(value)
                    || typedAsFolder(value)) {
                return Optional.empty();
            }
            db = value;
        }
        try {
            return Optional.of(new GuiArguments(db == null ? null : Path.of(db), measure));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
