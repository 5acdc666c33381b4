package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.Reader;

/**
 * Jackson's parser of characters, telling where its current token starts as {@code currentTokenLocation()}
 * does but without building a {@code JsonLocation} (and its content reference) for it: one per value and name
 * of a file took half a second of the read of 100,000 events.
 */
final class PositionedJsonParser extends ReaderBasedJsonParser {

    private PositionedJsonParser(IOContext context, int features, Reader reader, ObjectCodec codec,
                                 CharsToNameCanonicalizer names) {
        super(context, features, reader, codec, names);
    }

    /**
     * The line and column (1-based, in characters) where the current token starts, as Jackson's location has them,
     * packed ({@link LocatedJson.Pos#packed}).
     */
    long tokenStart() {
        return _currToken == JsonToken.FIELD_NAME
                ? LocatedJson.Pos.packed(_nameStartRow, _nameStartCol)
                : LocatedJson.Pos.packed(_tokenInputRow, _tokenInputCol);
    }

    /** Makes a {@link PositionedJsonParser} of every reader it is given; bytes are not what datasets are read from. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder settings) {
            super(settings);
        }

        @Override
        protected JsonParser _createParser(Reader reader, IOContext context) {
            return new PositionedJsonParser(context, _parserFeatures, reader, _objectCodec, _rootCharSymbols.makeChild());
        }
    }
}
