package org.peacetrack.documents.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.FileNames;
import org.peacetrack.documents.format.FormatReader;

/** Plain text and Markdown, as the seeds are: UTF-8, with or without a byte-order mark. */
public final class PlainTextReader implements FormatReader {

    private static final int CONTROL_CHARACTERS_TOLERATED = 8;

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT;
    }

    @Override
    public boolean hasSignature(byte[] content) {
        return false;
    }

    @Override
    public boolean hasExtension(String fileName) {
        return FileNames.endsWithAny(fileName, ".txt", ".md", ".markdown") || FileNames.hasNoExtension(fileName);
    }

    @Override
    public SourceText read(byte[] content) {
        String text = decode(content);
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > CONTROL_CHARACTERS_TOLERATED) {
            throw new UnreadableDocumentException("The file is not text: it holds " + controls + " control characters");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(SourceFormat.TEXT, text, List.of());
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("The file is not UTF-8 text (or a supported document format)", e);
        }
    }
}
