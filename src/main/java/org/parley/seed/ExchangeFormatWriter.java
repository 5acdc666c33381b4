package org.parley.seed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.SourcePart;
import org.parley.model.Stance;
import org.parley.model.Source;

/**
 * Writes a dataset in the exchange format, fields in the spec's order, with its source texts
 * beside it byte for byte. Spans are not written: the reader derives them from the texts.
 */
public final class ExchangeFormatWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * Writes {@code jsonFile} and each source's text under its {@code file} name in the same folder.
     * Everything is first written to temporary files; they are moved into place only once all are
     * complete, texts before the JSON, so a failure never leaves a dataset that points at missing
     * or half-written texts. Temporary files are removed on failure.
     */
    public void write(Dataset dataset, Path jsonFile) throws IOException {
        // Normalised: the texts' names are checked against "./out", "out/../out" as against "out".
        Path json = jsonFile.toAbsolutePath().normalize();
        Path folder = json.getParent();
        Map<Path, byte[]> contents = contents(dataset, json, folder);
        Path made = firstMissing(folder);
        Files.createDirectories(folder);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                // Not createTempFile, whose files are private (0600) and stay so once moved into
                // place: a dataset written for others to read gets the permissions the umask gives.
                Path temp = folder.resolve(".parley-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                staged.put(temp, e.getKey());
                Files.write(temp, e.getValue(), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            // Temps already moved no longer exist; deleteIfExists skips them.
            for (Path temp : staged.keySet()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            removeEmptyFolders(folder, made, e);
            throw e;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The outermost folder on the way to {@code folder} that does not exist yet, or null when it does. */
    private static Path firstMissing(Path folder) {
        Path missing = null;
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** A failed write leaves no folders it made: from {@code folder} up to {@code made}, those left empty go. */
    private static void removeEmptyFolders(Path folder, Path made, Exception failure) {
        if (made == null) {
            return;
        }
        for (Path p = folder; p != null && p.startsWith(made); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException notEmpty) {
                failure.addSuppressed(notEmpty);
                return;
            }
        }
    }

    /** The JSON alone, e.g. for standard output; the stream is left open. */
    public void writeJson(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            dataset(g, dataset);
            g.writeRaw('\n');
        }
    }

    /**
     * Each source's text by its file name, in the dataset's order; refuses names that are not plain,
     * visible file names and two sources that share a name with different texts.
     */
    public Map<String, byte[]> sourceTexts(Dataset dataset) throws IOException {
        Map<String, byte[]> texts = new LinkedHashMap<>();
        for (Source s : dataset.sources()) {
            var why = SourceFileName.problem(s.file());
            if (why.isPresent()) {
                throw new IOException("source \"" + s.id() + "\" has a file name that cannot be written: \""
                        + Printable.oneLine(s.file()) + "\" " + why.get());
            }
            byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
            byte[] earlier = texts.putIfAbsent(s.file(), bytes);
            if (earlier != null && !Arrays.equals(earlier, bytes)) {
                throw new IOException("two sources share the file \"" + s.file() + "\" with different texts");
            }
        }
        return texts;
    }

    public String toJson(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeJson(dataset, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every file to write, texts first and the JSON last; refuses names that would clash or leave the folder. */
    private Map<Path, byte[]> contents(Dataset dataset, Path json, Path folder) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Source s : dataset.sources()) {
            Path target = folder.resolve(s.file()).normalize();
            if (SourceFileName.problem(s.file()).isPresent() || !folder.equals(target.getParent()) || target.equals(json)) {
                throw new IOException("source \"" + s.id() + "\" has a file name that cannot stand beside "
                        + json.getFileName() + ": \"" + Printable.oneLine(s.file()) + "\"");
            }
            String earlier = texts.putIfAbsent(target, s.text());
            if (earlier != null && !earlier.equals(s.text())) {
                throw new IOException("two sources share the file \"" + s.file() + "\" with different texts");
            }
            contents.put(target, s.text().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(dataset, out);
        contents.put(json, out.toByteArray());
        return contents;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void dataset(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", d.title());
        g.writeStringField("description", d.description());
        // Only what the curator declared: a derived focus or zone is re-derived on reading.
        if (d.declaredFocus().isPresent()) {
            g.writeObjectFieldStart("focus");
            g.writeStringField("from", d.declaredFocus().get().first().toString());
            g.writeStringField("to", d.declaredFocus().get().last().toString());
            g.writeEndObject();
        }
        if (d.declaredZone().isPresent()) {
            g.writeStringField("zone", d.declaredZone().get().getId());
        }
        g.writeArrayFieldStart("sources");
        for (Source s : d.sources()) {
            source(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (Actor a : d.actors()) {
            actor(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("places");
        for (Place p : d.places()) {
            place(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : d.events()) {
            event(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : d.quotes()) {
            quote(g, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("divergences");
        for (Divergence v : d.divergences()) {
            divergence(g, v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("positions");
        for (Position p : d.positions()) {
            position(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("publisher", s.publisher());
        g.writeStringField("title", s.title());
        g.writeStringField("published", s.published().toString());
        g.writeStringField("dateline", s.dateline());
        g.writeStringField("language", s.language());
        g.writeStringField("file", s.file());
        if (!s.url().isEmpty()) {
            g.writeStringField("url", s.url());
        }
        g.writeArrayFieldStart("parts");
        for (SourcePart p : s.parts()) {
            g.writeStartObject();
            g.writeStringField("kind", Vocabulary.write(p.kind()));
            g.writeStringField("text", p.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        strings(g, "aliases", a.aliases());
        g.writeStringField("kind", Vocabulary.write(a.kind()));
        g.writeStringField("group", Vocabulary.write(a.group()));
        g.writeStringField("affiliation", a.affiliation());
        g.writeStringField("role", a.role());
        g.writeStringField("note", a.note());
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeNumberField("lat", p.lat());
        g.writeNumberField("lon", p.lon());
        g.writeStringField("kind", Vocabulary.write(p.kind()));
        g.writeStringField("country", p.country());
        g.writeStringField("note", p.note());
        if (!p.within().isEmpty()) {
            g.writeStringField("within", p.within());
        }
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        g.writeStringField("summary", e.summary());
        g.writeStringField("start", e.time().startText());
        g.writeStringField("end", e.time().endText());
        g.writeStringField("zone", e.time().zone().getId());
        g.writeStringField("precision", Vocabulary.write(e.time().precision()));
        g.writeNumberField("order", e.order());
        g.writeStringField("place", e.place());
        strings(g, "refers", e.refers());
        g.writeStringField("kind", Vocabulary.write(e.kind()));
        g.writeStringField("modality", Vocabulary.write(e.modality()));
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("track", Vocabulary.write(e.track()));
        g.writeArrayFieldStart("actors");
        for (Participant p : e.actors()) {
            g.writeStartObject();
            g.writeStringField("actor", p.actor());
            g.writeStringField("role", p.role());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        evidence(g, e.evidence());
        g.writeBooleanField("inferred", e.inferred());
        g.writeStringField("note", e.note());
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("text", q.text());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("source", q.source());
        g.writeStringField("event", q.event());
        g.writeEndObject();
    }

    private static void divergence(JsonGenerator g, Divergence v) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("topic", v.topic());
        g.writeArrayFieldStart("readings");
        for (Reading r : v.readings()) {
            excerpt(g, r.source(), r.text());
        }
        g.writeEndArray();
        g.writeStringField("note", v.note());
        strings(g, "events", v.events());
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, Position p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("title", p.title());
        g.writeStringField("kind", Vocabulary.write(p.kind()));
        g.writeStringField("by", p.by());
        g.writeArrayFieldStart("evidence");
        evidence(g, p.evidence());
        g.writeArrayFieldStart("stances");
        for (Stance s : p.stances()) {
            g.writeStartObject();
            g.writeStringField("actor", s.actor());
            g.writeStringField("stance", Vocabulary.write(s.stance()));
            g.writeArrayFieldStart("evidence");
            evidence(g, s.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "events", p.events());
        g.writeEndObject();
    }

    /** The items of an evidence array already opened, then closes it; attribution only when there is one. */
    private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        for (Evidence ev : evidence) {
            g.writeStartObject();
            g.writeStringField("source", ev.source());
            g.writeStringField("text", ev.text());
            if (ev.attributed()) {
                g.writeStringField("attribution", ev.attribution());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void excerpt(JsonGenerator g, String source, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
