package org.parley.tools.basemap;

/**
 * Basemap input that is not valid JSON or not a TopoJSON topology Parley can draw; the build
 * stops with it. The message says where: line and column for JSON syntax (when Jackson knows
 * them), the object and geometry for TopoJSON structure.
 */
public final class MalformedMapDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** A syntax error at a known place in the text (1-based line and column). */
    public MalformedMapDataException(String message, int line, int column) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    /** A structural error that has no single text position. */
    public MalformedMapDataException(String message) {
        super(message);
        this.line = -1;
        this.column = -1;
    }

    /** 1-based line of a syntax error, or -1 for a structural error. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax error, or -1 for a structural error. */
    public int column() {
        return column;
    }
}
