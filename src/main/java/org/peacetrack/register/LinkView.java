package org.peacetrack.register;

/** The other end of a link, as an item page shows it. */
public record LinkView(LinkKind kind, ItemSummary item, Long sourceParagraphId) {
}
