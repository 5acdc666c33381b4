package org.parley.layout.map;

/** A position in viewport pixels: origin top-left, x grows right, y grows down. */
public record ScreenPoint(double x, double y) {
}
