package org.peacetrack.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.testing.Seeds;

/**
 * A seed split into paragraphs for the figure tests only: a block that starts with "NN. " or "NN " takes
 * NN as its number, any other block has none. The real per-document recognisers do this properly.
 */
public final class SeedParagraphs {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.?\\s+(?=\\p{Lu})(.*)$");

    private SeedParagraphs() {
    }

    public static List<NumberedText> of(String seed) {
        return TextBlocks.of(Seeds.text(seed)).stream().map(InlineMarkup::plain).map(SeedParagraphs::numbered).toList();
    }

    private static NumberedText numbered(String block) {
        Matcher m = NUMBERED.matcher(block);
        return m.matches() ? new NumberedText(m.group(1), m.group(2)) : new NumberedText(null, block);
    }
}
