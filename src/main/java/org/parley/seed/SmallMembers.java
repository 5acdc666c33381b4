package org.parley.seed;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's members in the order written, looked up by walking them: a record has a score of fields at most,
 * and a hash map per record (its table, an entry per member) was a quarter of what reading 100,000 events
 * allocated. Read-only; objects with more members than {@link #MOST} are kept in a hash map instead, so a
 * hostile object of a million names is not walked a million times.
 */
final class SmallMembers extends AbstractMap<String, LocatedJson.Member> {

    /** The most members kept this way; an event has 18 fields. */
    static final int MOST = 32;

    private final LocatedJson.Member[] members;

    /** {@code members} are taken as they are, without copying; their names are distinct. */
    SmallMembers(LocatedJson.Member[] members) {
        if (members.length > MOST) {
            throw new IllegalArgumentException(members.length + " members; at most " + MOST);
        }
        this.members = members;
    }

    /** Where the member named {@code name} stands among the first {@code count} of {@code members}, or -1. */
    static int indexOf(LocatedJson.Member[] members, int count, Object name) {
        for (int i = 0; i < count; i++) {
            if (members[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public LocatedJson.Member get(Object name) {
        int i = indexOf(members, members.length, name);
        return i < 0 ? null : members[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(members, members.length, name) >= 0;
    }

    @Override
    public int size() {
        return members.length;
    }

    @Override
    public Collection<LocatedJson.Member> values() {
        return new AbstractList<>() {
            @Override
            public LocatedJson.Member get(int index) {
                return members[index];
            }

            @Override
            public int size() {
                return members.length;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, LocatedJson.Member>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, LocatedJson.Member>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < members.length;
                    }

                    @Override
                    public Map.Entry<String, LocatedJson.Member> next() {
                        if (next >= members.length) {
                            throw new NoSuchElementException();
                        }
                        LocatedJson.Member m = members[next++];
                        return new SimpleImmutableEntry<>(m.name(), m);
                    }
                };
            }

            @Override
            public int size() {
                return members.length;
            }
        };
    }
}
