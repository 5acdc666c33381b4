package org.parley.layout;

/**
 * One horizontal band of the timeline: its key (track id, actor id or place id; empty for the
 * "no actor"/"no place" lane), its label, where it sits and how many rows it needed.
 */
public record Lane(String key, String label, double y, double height, int rows) {
    public double bottom() {
        return y + height;
    }
}
