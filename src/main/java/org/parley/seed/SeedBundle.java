package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The curated dataset Parley ships with. Found, in this order: the folder named by the system
 * property {@value #PROPERTY}; {@code ./seeds} when it holds a dataset (running from a checkout);
 * the classpath under {@value #CLASSPATH_FOLDER} (the packaged application).
 */
public final class SeedBundle {
    public static final String PROPERTY = "parley.seeds";
    public static final String LOCAL_FOLDER = "seeds";
    public static final String CLASSPATH_FOLDER = "/seeds/";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String origin;
    private final String jsonName;
    private final byte[] json;
    private final TextSource texts;

    private SeedBundle(String origin, String jsonName, byte[] json, TextSource texts) {
        this.origin = origin;
        this.jsonName = jsonName;
        this.json = json;
        this.texts = texts;
    }

    /** The bundled seeds, wherever they are found first. */
    public static SeedBundle locate() throws DatasetException {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            // An explicit choice that fails is an error, not a reason to fall back silently.
            return fromFolder(Path.of(property));
        }
        Path local = Path.of(LOCAL_FOLDER);
        if (Files.isRegularFile(local.resolve(ExchangeFormatReader.PREFERRED_NAME))) {
            return fromFolder(local);
        }
        return fromClasspath(SeedBundle.class, CLASSPATH_FOLDER);
    }

    public static SeedBundle fromFolder(Path folderOrJson) throws DatasetException {
        Path file = ExchangeFormatReader.datasetFile(folderOrJson);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(file.toString(), "cannot read the bundled seeds: " + e));
        }
        FolderTexts.remember(file);
        return new SeedBundle(file.toString(), file.toString(), bytes, ExchangeFormatReader.textsFor(file));
    }

    /**
     * Seeds packed as resources: {@code folder + week.json} and its texts beside it, copied into
     * memory as they are asked for (a resource inside a jar has no {@link Path}).
     */
    public static SeedBundle fromClasspath(Class<?> anchor, String folder) throws DatasetException {
        Objects.requireNonNull(anchor, "anchor");
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        String jsonResource = prefix + ExchangeFormatReader.PREFERRED_NAME;
        byte[] bytes;
        try {
            bytes = resource(anchor, jsonResource);
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile("classpath:" + jsonResource,
                    "no bundled seeds: set -D" + PROPERTY + "=FOLDER, run from a folder holding "
                            + LOCAL_FOLDER + "/, or put them on the classpath (" + e.getMessage() + ")"));
        }
        TextSource texts = new TextSource() {
            @Override
            public byte[] read(String file) throws IOException {
                return resource(anchor, prefix + file);
            }

            @Override
            public String describe() {
                return "on the classpath under " + prefix;
            }
        };
        return new SeedBundle("classpath:" + jsonResource, ExchangeFormatReader.PREFERRED_NAME, bytes, texts);
    }

    private static byte[] resource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new NoSuchFileException(name);
            }
            return in.readAllBytes();
        }
    }

    /** Where the seeds were found: a file path or {@code classpath:/seeds/week.json}. */
    public String origin() {
        return origin;
    }

    /** Reads and checks the seeds; the hash lets the store skip re-importing them unchanged. */
    public LoadedDataset load() throws DatasetException {
        LoadedDataset loaded = new ExchangeFormatReader().load(json, jsonName, texts);
        return new LoadedDataset(loaded.dataset(), loaded.contentHash(), origin);
    }

    /**
     * SHA-256 of the bundle's bytes as they are: the JSON file, then each source text it names.
     * Cheap (no validation, no model), and any edit to the bundle changes it, so a start-up can
     * tell that the database already holds these seeds without reading them.
     *
     * @throws DatasetException when the JSON is not well-formed or a text cannot be read; the full
     *         {@link #load()} then says exactly what is wrong
     */
    public String fingerprint() throws DatasetException {
        MessageDigest sha = sha256();
        sha.update(json);
        for (String file : textFiles()) {
            sha.update((byte) 0);
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try {
                sha.update(texts.read(file));
            } catch (IOException e) {
                throw new DatasetException(Problem.inFile(origin, "cannot read the source text " + file + ": " + e));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The "file" of every record in "sources", found by streaming over the JSON without building anything. */
    private List<String> textFiles() throws DatasetException {
        List<String> files = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DatasetException(Problem.inFile(origin, "the bundled seeds are not a JSON object"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("sources") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            if (p.nextToken() == JsonToken.VALUE_STRING && name.equals("file")) {
                                files.add(p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(origin, "the bundled seeds are not well-formed JSON: "
                    + e.getMessage()));
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
