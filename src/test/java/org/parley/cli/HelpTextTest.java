package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.export.GeoJsonExporter;
import org.parley.export.TimelineJsExporter;
import org.parley.export.WebPageExporter;
import org.parley.seed.ExchangeFormatReader;
import picocli.CommandLine;

/**
 * Every command's --help reads as written at 80 columns: descriptions broken by hand past the
 * width were broken again by picocli ("PDF," alone on a line), and file names split at their dot
 * ("actors." / "csv", "timeline." / "json").
 */
class HelpTextTest {

    private static final Pattern FILE_NAME = Pattern.compile("\\b[a-z][a-z-]*\\.(csv|json|geojson|txt|pdf)\\b");

    @Test
    void everyCommandsHelpFitsEightyColumnsAndKeepsFileNamesWhole() {
        CommandLine root = new CommandLine(new ParleyCommand());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine c : commands) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = c.getCommandName();
            for (String line : help.split("\\R")) {
                assertTrue(line.length() <= 80, name + ": a line over 80 columns: " + line);
            }
            StringBuilder authored = new StringBuilder(String.join(" ", c.getCommandSpec().usageMessage().description()));
            c.getCommandSpec().options().forEach(o -> authored.append(' ').append(String.join(" ", o.description())));
            Matcher m = FILE_NAME.matcher(authored);
            while (m.find()) {
                assertTrue(help.contains(m.group()), name + ": \"" + m.group() + "\" is split in:\n" + help);
            }
            for (String line : help.split("\\R")) {
                // A word and its comma alone on a line: a hand-made break inside a sentence, broken again.
                assertTrue(!line.matches("[A-Za-z]{1,10}[,;]"), name + ": a stranded fragment \"" + line + "\" in:\n"
                        + help);
            }
        }
    }

    /**
     * "parley --help" lists each command by its description's first element: a description laid
     * out by hand in columns (export-data's formats, handout's layouts) had been poured into the
     * list's narrower column, its words stranded on lines of their own ("it", "folder", "whole").
     */
    @Test
    void theCommandListHoldsNoHandLaidColumns() {
        String help = new CommandLine(new ParleyCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        String list = help.substring(help.indexOf("Commands:"));
        int column = -1;
        for (String line : list.split("\\R")) {
            Matcher entry = Pattern.compile("^  [a-z-]+ +").matcher(line);
            if (entry.find()) {
                column = entry.end();
            } else if (column > 0 && !line.isBlank()) {
                int indent = line.length() - line.stripLeading().length();
                assertTrue(indent <= column + 2, "a hand-laid line in the command list: \"" + line + "\" in:\n" + help);
            }
        }
    }

    /** export-data --help names the file each format writes into a folder given as --out (html's had been left out). */
    @Test
    void exportDataNamesTheFileEachFormatWritesIntoAFolder() {
        String help = new CommandLine(new ParleyCommand()).getSubcommands().get("export-data")
                .getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String name : List.of(ExchangeFormatReader.PREFERRED_NAME,
                GeoJsonExporter.DEFAULT_NAME, TimelineJsExporter.DEFAULT_NAME,
                WebPageExporter.DEFAULT_NAME)) {
            assertTrue(help.contains(name), "--out does not name " + name + ":\n" + help);
        }
    }

    /**
     * Every value is named in capitals (FILE, N, DATE): search's --limit was "--limit=<limit>",
     * picocli's placeholder from the field's name, the one option in the help written so.
     */
    @Test
    void everyOptionsValueHasANameOfItsOwn() {
        CommandLine root = new CommandLine(new ParleyCommand());
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine c : commands) {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(!help.matches("(?s).*=<[a-zA-Z]+>.*"), c.getCommandName() + ": a value named by its field in:\n" + help);
        }
        assertTrue(root.getSubcommands().get("search").getUsageMessage(CommandLine.Help.Ansi.OFF).contains("-n, --limit=N"));
    }
}
