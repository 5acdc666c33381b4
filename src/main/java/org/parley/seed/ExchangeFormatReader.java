package org.parley.seed;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.model.Dataset;

/**
 * Reads a dataset in the exchange format (docs/exchange-format.md) and locates every quoted text
 * in its sources. Refuses it with a {@link DatasetException} that lists every problem found.
 */
public final class ExchangeFormatReader {
    /** The dataset a folder holds when it holds several JSON files. */
    public static final String PREFERRED_NAME = "week.json";

    /**
     * @param folderOrJson the dataset's JSON file, or a folder holding {@value #PREFERRED_NAME} (read even
     *        when other {@code *.json} lie beside it; see {@link #passedOver}) or exactly one other
     *        {@code *.json} (schemas, {@code *.schema.json}, do not count)
     */
    public Dataset read(Path folderOrJson) throws DatasetException {
        // No content hash: only an import stores one, and on 100,000 events it costs seconds.
        return read(folderOrJson, RecordSink.NONE);
    }

    /** As {@link #read(Path)}, with the content hash the store uses to skip unchanged re-imports. */
    public LoadedDataset load(Path folderOrJson) throws DatasetException {
        return load(folderOrJson, new ReadProgress());
    }

    /**
     * As {@link #load(Path)}, saying in {@code progress} how far the file is read and stopping with a
     * {@link java.util.concurrent.CancellationException} when it is cancelled, while the file is read
     * or once it is checked.
     */
    public LoadedDataset load(Path folderOrJson, ReadProgress progress) throws DatasetException {
        Path json = datasetFile(folderOrJson);
        measure(json, progress);
        InputStream in = progress.watch(open(json));
        // The stream asks to go on only once the file's last byte is read: from then on the dataset is checked.
        Dataset dataset = read(in, json.toString(), textsFor(json), RecordSink.NONE,
                () -> progress.enter(ReadProgress.Phase.CHECKING));
        // Hashing 100,000 events takes seconds too: a Cancel during it stops it at its next block.
        progress.enter(ReadProgress.Phase.HASHING);
        return hashed(dataset, json.toString(), progress::check);
    }

    private static InputStream open(Path json) throws DatasetException {
        String name = json.toString();
        if (Files.exists(json) && !Files.isRegularFile(json)) {
            throw new DatasetException(Problem.inFile(name, "not a regular file (a pipe, device or socket)"));
        }
        InputStream in;
        try {
            in = Files.newInputStream(json);
        } catch (NoSuchFileException e) {
            throw new DatasetException(Problem.inFile(name, "no such file"));
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(name, "cannot read: " + IoReason.of(e)));
        }
        FolderTexts.remember(json);
        return in;
    }

    /**
     * Where a dataset's texts are: the folder {@code <name>-sources/} beside {@code <name>.json}
     * when there is one (as the JSON export writes it), else the JSON's own folder.
     */
    public static TextSource textsFor(Path json) {
        Path folder = json.toAbsolutePath().getParent();
        Path own = folder.resolve(sourcesFolderName(json.getFileName().toString()));
        if (Files.isDirectory(own, LinkOption.NOFOLLOW_LINKS)) {
            return TextSource.folder(own);
        }
        // A texts folder that is a link is not followed (it could lead anywhere); a text then missing
        // from the JSON's folder must not read as if that folder had been the one meant.
        return Files.isSymbolicLink(own)
                ? TextSource.folder(folder, " (" + own.getFileName() + " beside it is a symbolic link, which Parley "
                        + "does not follow: put the texts in a real folder of that name)")
                : TextSource.folder(folder, otherTextsFolders(folder, own.getFileName().toString()));
    }

    /**
     * Said when a text is missing: the texts folders of other names beside the JSON, which this JSON
     * does not read. An exported {@code week.json} renamed {@code my-research.json} keeps its texts in
     * {@code week-sources/}, and "not found in …" of the folder holding it had sent the user looking
     * for files that were plainly there. Empty when there are none (or the folder cannot be listed).
     */
    private static String otherTextsFolders(Path folder, String own) {
        List<String> others = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*-sources")) {
            for (Path p : found) {
                if (others.size() < 3 && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    others.add(p.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        if (others.isEmpty()) {
            return "";
        }
        Collections.sort(others);
        String first = others.get(0);
        String json = first.substring(0, first.length() - "-sources".length()) + ".json";
        return " or in " + own + "/ beside it; " + String.join(", ", others.stream().map(o -> o + "/").toList())
                + (others.size() == 1 ? " holds the texts of " + json + " only" : " hold the texts of other datasets")
                + (others.size() == 1 ? ": rename it " : ": rename the one that belongs to this file ") + own;
    }

    /** {@code week.json} keeps its texts in {@code week-sources}. */
    public static String sourcesFolderName(String jsonName) {
        String stem = jsonName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? jsonName.substring(0, jsonName.length() - ".json".length()) : jsonName;
        return stem + "-sources";
    }

    private static DatasetException tooLarge(String name) {
        return new DatasetException(Problem.inFile(name, "the dataset is too large for the memory Java was given; "
                + "start Parley with a larger -Xmx (e.g. java -Xmx8g -jar parley.jar …) or split the dataset"));
    }

    /** Reads JSON held in memory, e.g. in a test; {@code fileName} is what messages call it. */
    public Dataset read(String json, String fileName, Path textFolder) throws DatasetException {
        return read(json.getBytes(StandardCharsets.UTF_8), fileName, TextSource.folder(textFolder));
    }

    public Dataset read(InputStream json, String fileName, TextSource texts) throws DatasetException {
        return read(json, fileName, texts, RecordSink.NONE);
    }

    public Dataset read(byte[] json, String fileName, TextSource texts) throws DatasetException {
        return read(new ByteArrayInputStream(json), fileName, texts, RecordSink.NONE);
    }

    public LoadedDataset load(byte[] json, String fileName, TextSource texts) throws DatasetException {
        return load(new ByteArrayInputStream(json), fileName, texts);
    }

    /** Reads the stream to its end in one pass and closes it. */
    public LoadedDataset load(InputStream json, String fileName, TextSource texts) throws DatasetException {
        return hashed(read(json, fileName, texts, RecordSink.NONE), fileName);
    }

    private static LoadedDataset hashed(Dataset dataset, String fileName) throws DatasetException {
        return hashed(dataset, fileName, () -> { });
    }

    private static LoadedDataset hashed(Dataset dataset, String fileName, Runnable goOn) throws DatasetException {
        try {
            return new LoadedDataset(dataset, ContentHash.of(dataset, goOn), fileName);
        } catch (OutOfMemoryError e) {
            throw tooLarge(fileName);
        }
    }

    /**
     * Reads a dataset as {@link #read(Path)} does, handing each record to {@code sink} as soon as it
     * is checked, so the caller can write while the file is still being read. Only a normal
     * return says the dataset is sound; the content hash is left to the caller ({@link ContentHash#of}).
     */
    public Dataset read(Path folderOrJson, RecordSink sink) throws DatasetException {
        return read(folderOrJson, sink, new ReadProgress());
    }

    /**
     * As {@link #read(Path, RecordSink)}, saying in {@code progress} how far the file is read and when the
     * dataset is checked as a whole; the hash and the write are the caller's to say.
     */
    public Dataset read(Path folderOrJson, RecordSink sink, ReadProgress progress) throws DatasetException {
        Path json = datasetFile(folderOrJson);
        measure(json, progress);
        return read(progress.watch(open(json)), json.toString(), textsFor(json), sink,
                () -> progress.enter(ReadProgress.Phase.CHECKING));
    }

    private static void measure(Path json, ReadProgress progress) {
        try {
            progress.sizeIs(Files.size(json));
        } catch (IOException | RuntimeException e) {
            // Only the share read is lost; opening the file says what is wrong with it.
            progress.sizeIs(-1);
        }
    }

    private Dataset read(InputStream json, String fileName, TextSource texts, RecordSink sink) throws DatasetException {
        return read(json, fileName, texts, sink, () -> { });
    }

    /** {@code goOn}: asked after the file's last byte, through the mapping left till then and the final check. */
    private Dataset read(InputStream json, String fileName, TextSource texts, RecordSink sink, Runnable goOn)
            throws DatasetException {
        BufferedInputStream peekable = FileSignature.peekable(json);
        try {
            Optional<String> notJson = FileSignature.problem(peekable);
            if (notJson.isPresent()) {
                peekable.close();
                throw new DatasetException(Problem.inFile(fileName, notJson.get()));
            }
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(fileName, "cannot read: " + IoReason.of(e)));
        }
        try (Reader text = new StrictUtf8Reader(peekable)) {
            Problems problems = new Problems(fileName);
            return new DatasetStream(problems, new DatasetMapper(problems, texts, sink), goOn).read(text);
        } catch (OutOfMemoryError e) {
            throw tooLarge(fileName);
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(fileName, "cannot read: " + IoReason.of(e)));
        }
    }

    /** The JSON file a path names: itself, or the one dataset in a folder. */
    public static Path datasetFile(Path folderOrJson) throws DatasetException {
        if (!Files.isDirectory(folderOrJson)) {
            return folderOrJson;
        }
        Path preferred = folderOrJson.resolve(PREFERRED_NAME);
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folderOrJson)) {
            candidates = files.filter(ExchangeFormatReader::isDatasetCandidate).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(folderOrJson.toString(), "cannot list the folder: " + IoReason.of(e)));
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String message = candidates.isEmpty()
                ? "the folder holds no dataset (a *.json file other than *.schema.json)" + brokenLinks(folderOrJson)
                : "the folder holds several datasets, name one: " + someOf(candidates);
        throw new DatasetException(Problem.inFile(folderOrJson.toString(), message));
    }

    /**
     * "[a.json, b.json]", or the first {@value #CANDIDATES_NAMED} and how many more: a folder of
     * thousands of exports made one line of tens of thousands of characters, the name the user
     * wanted lost in it.
     */
    private static String someOf(List<Path> candidates) {
        List<String> names = candidates.stream().limit(CANDIDATES_NAMED).map(p -> p.getFileName().toString()).toList();
        int more = candidates.size() - names.size();
        return names + (more == 0 ? "" : " and " + more + " more *.json files");
    }

    private static final int CANDIDATES_NAMED = 5;

    /**
     * The other datasets {@code folderOrJson} holds when it is a folder read as its
     * {@value #PREFERRED_NAME}: the choice was made for the user, so a command says which file it
     * read. Empty for a file, or a folder with one dataset, or one that cannot be listed.
     */
    public static List<Path> passedOver(Path folderOrJson) {
        if (!Files.isDirectory(folderOrJson) || !Files.isRegularFile(folderOrJson.resolve(PREFERRED_NAME))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folderOrJson)) {
            return files.filter(ExchangeFormatReader::isDatasetCandidate)
                    .filter(p -> !p.getFileName().toString().equals(PREFERRED_NAME)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            // Only a note is lost; reading the dataset itself reports what is wrong with the folder.
            return List.of();
        }
    }

    /**
     * Why the folder's dataset-named links were passed over ("; loop.json is a broken link: it leads
     * round in a loop…"), or nothing: a user who sees the file in the folder had been told only that
     * there was none. The first {@value #BROKEN_LINKS_NAMED} are named, the rest counted.
     */
    private static String brokenLinks(Path folder) {
        List<Path> broken;
        try (Stream<Path> files = Files.list(folder)) {
            broken = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.endsWith(".schema.json") && Files.isSymbolicLink(p)
                        && !Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return "";
        }
        StringBuilder why = new StringBuilder();
        broken.stream().limit(BROKEN_LINKS_NAMED).forEach(link -> why.append("; ").append(whyBroken(link)));
        if (broken.size() > BROKEN_LINKS_NAMED) {
            why.append("; and ").append(broken.size() - BROKEN_LINKS_NAMED).append(" more broken links");
        }
        return why.toString();
    }

    private static final int BROKEN_LINKS_NAMED = 3;

    private static String whyBroken(Path link) {
        String name = Printable.oneLine(link.getFileName().toString());
        String target;
        try {
            target = Printable.oneLine(Files.readSymbolicLink(link).toString());
        } catch (IOException | RuntimeException e) {
            return name + " is a link that cannot be followed";
        }
        if (Files.isDirectory(link)) {
            return name + " is a link to the folder " + target + ", not a file";
        }
        try {
            link.toRealPath();
        } catch (NoSuchFileException e) {
            return name + " is a broken link: its target " + target + " does not exist";
        } catch (IOException e) {
            return IoReason.isLinkLoop(e) ? name + " is a broken link: it leads round in a loop (to " + target + "), to no file"
                    : name + " is a link that cannot be followed: " + IoReason.of(e);
        }
        return name + " is a link to " + target + ", which is not a plain file";
    }

    private static boolean isDatasetCandidate(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json") && Files.isRegularFile(p);
    }
}
