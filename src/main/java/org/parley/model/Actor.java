package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A person, organisation or state that acts or speaks; {@code aliases} holds every other spelling used. */
public record Actor(String id, String name, List<String> aliases, ActorKind kind, ActorGroup group,
                    String affiliation, String role, String note) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        affiliation = affiliation == null ? "" : affiliation;
        role = role == null ? "" : role;
        note = note == null ? "" : note;
    }

    /** The name and every alias. */
    public Stream<String> spellings() {
        return Stream.concat(Stream.of(name), aliases.stream());
    }
}
