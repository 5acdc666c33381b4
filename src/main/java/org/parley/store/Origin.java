package org.parley.store;

import java.util.Arrays;

/** Where the stored dataset came from: the curated seeds shipped with Parley, or a user's import. */
public enum Origin {
    SEED("seed"),
    USER("user");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    /** The value kept in the database. */
    public String id() {
        return id;
    }

    static Origin byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst()
                .orElseThrow(() -> new StoreException("unknown dataset origin \"" + id + "\" in the database"));
    }
}
