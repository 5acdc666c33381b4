package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, at the precision the articles support. {@code order} places it within
 * its day; {@code place} is where it happened (may be empty), {@code refers} the places it is about.
 * An {@code inferred} event is not stated by the articles and carries a {@code note} saying why it is here.
 * {@code modality} says whether, as of the papers' date, it happened or was only planned, expected, … .
 */
public record Event(String id, String title, String summary, TimeSpan time, int order, String place,
                    List<String> refers, EventKind kind, String cameo, Track track,
                    List<Participant> actors, List<Evidence> evidence, boolean inferred, String note,
                    Modality modality) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(track, "track");
        summary = summary == null ? "" : summary;
        place = place == null ? "" : place;
        cameo = cameo == null ? "" : cameo;
        note = note == null ? "" : note;
        refers = List.copyOf(refers == null ? List.of() : refers);
        actors = List.copyOf(actors == null ? List.of() : actors);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        modality = modality == null ? Modality.HAPPENED : modality;
    }

    /** An event the papers say happened. */
    public Event(String id, String title, String summary, TimeSpan time, int order, String place,
                 List<String> refers, EventKind kind, String cameo, Track track,
                 List<Participant> actors, List<Evidence> evidence, boolean inferred, String note) {
        this(id, title, summary, time, order, place, refers, kind, cameo, track, actors, evidence, inferred, note,
                Modality.HAPPENED);
    }

    public boolean involves(String actorId) {
        return actors.stream().anyMatch(p -> p.actor().equals(actorId));
    }
}
