package org.peacetrack.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emphasised lead that names a numbered unit: "***Investigating incidents:*** When ..." or
 * "<u>Capabilities and mindsets:</u> In recent years ...". A lead that ends with a colon is a label, so the
 * unit's text starts after it; a lead without one ("***Led by external experts*** with knowledge ...") is
 * part of the sentence, so the text keeps it.
 */
record LeadPhrase(String title, String text) {

    private static final Pattern LABEL = Pattern.compile("^([^:.;!?]{3,80}):\\s+(\\S.*)$");
    private static final Pattern LEAD = Pattern.compile("^(\\*{2,3}|<u>)(.+?)(\\*{2,3}|</u>)\\s*(:?)[\\s,;]*(.*)$");

    /** Splits a unit's marked-up text into its lead (null when it has none) and its plain text. */
    static LeadPhrase of(String marked) {
        Matcher m = LEAD.matcher(marked.strip());
        if (!m.matches()) {
            return new LeadPhrase(null, InlineMarkup.plain(marked));
        }
        String lead = InlineMarkup.plain(m.group(2)).strip();
        boolean label = lead.endsWith(":") || !m.group(4).isEmpty();
        String title = lead.replaceFirst("\\s*:$", "");
        String text = label ? InlineMarkup.plain(m.group(5)) : InlineMarkup.plain(marked);
        return new LeadPhrase(title, text);
    }

    /**
     * As {@link #of}, and where the emphasis is gone (PDF text keeps no underline) a short label before a
     * colon ("Capabilities and mindsets: In recent years ...") is the lead all the same.
     */
    static LeadPhrase ofLabelled(String marked) {
        LeadPhrase lead = of(marked);
        Matcher label = LABEL.matcher(lead.text());
        return lead.title() != null || !label.matches() ? lead : new LeadPhrase(label.group(1).strip(), label.group(2));
    }
}
