package org.parley.model;

import java.util.Optional;
import java.util.function.Function;

/** Lookup of the model's enums by the stable ids the seed files and the store use. */
final class Ids {

    private Ids() {
    }

    /** The value whose id is exactly {@code id}; empty for an unknown or null id. */
    static <T> Optional<T> byId(T[] values, String id, Function<T, String> idOf) {
        for (T value : values) {
            if (idOf.apply(value).equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
