package org.parley.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.EventKind;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Modality;
import org.parley.model.PartKind;
import org.parley.model.PositionKind;
import org.parley.model.StanceKind;
import org.parley.model.Track;

/** The written forms of the model's enums in the exchange format, both ways. */
final class Vocabulary {
    private Vocabulary() {
    }

    static String write(Enum<?> value) {
        if (value instanceof ActorGroup g) {
            return g.id();
        } else if (value instanceof EventKind k) {
            return k.id();
        } else if (value instanceof Track t) {
            return t.id();
        } else if (value instanceof PartKind p) {
            return p.id();
        } else if (value instanceof Modality m) {
            return m.id();
        } else if (value instanceof PositionKind k) {
            return k.id();
        } else if (value instanceof StanceKind s) {
            return s.id();
        }
        return value.name().toLowerCase(Locale.ROOT);
    }

    // Asked for every field of every record: worked out once per enum, not per value read.
    private static final ClassValue<List<String>> ALLOWED = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream((Enum<?>[]) type.getEnumConstants()).map(Vocabulary::write).toList();
        }
    };
    private static final ClassValue<Map<String, Enum<?>>> BY_WRITTEN = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byWritten = new HashMap<>();
            for (Enum<?> e : (Enum<?>[]) type.getEnumConstants()) {
                byWritten.putIfAbsent(write(e), e);
            }
            return Map.copyOf(byWritten);
        }
    };

    static <E extends Enum<E>> List<String> allowed(Class<E> type) {
        return ALLOWED.get(type);
    }

    static <E extends Enum<E>> Optional<E> read(Class<E> type, String written) {
        return Optional.ofNullable(written).map(BY_WRITTEN.get(type)::get).map(type::cast);
    }

    static Optional<ActorKind> actorKind(String s) {
        return read(ActorKind.class, s);
    }

    static Optional<ActorGroup> actorGroup(String s) {
        return read(ActorGroup.class, s);
    }

    static Optional<PlaceKind> placeKind(String s) {
        return read(PlaceKind.class, s);
    }

    static Optional<EventKind> eventKind(String s) {
        return read(EventKind.class, s);
    }

    static Optional<Precision> precision(String s) {
        return read(Precision.class, s);
    }

    static Optional<Track> track(String s) {
        return read(Track.class, s);
    }

    static Optional<PartKind> partKind(String s) {
        return read(PartKind.class, s);
    }

    static Optional<Modality> modality(String s) {
        return read(Modality.class, s);
    }

    static Optional<PositionKind> positionKind(String s) {
        return read(PositionKind.class, s);
    }

    static Optional<StanceKind> stanceKind(String s) {
        return read(StanceKind.class, s);
    }
}
