package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits converted document text into blocks: runs of non-blank lines, joined with single spaces.
 * Markdown's hard line breaks (two trailing spaces) and the PDF converter's wrapped lines both become
 * one logical line this way.
 */
final class TextBlocks {

    private TextBlocks() {
    }

    static List<String> of(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, current);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (current.length() > 0) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }
}
