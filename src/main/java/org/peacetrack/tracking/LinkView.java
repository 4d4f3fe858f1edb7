package org.peacetrack.tracking;

/** The other end of a link, as an item page shows it. */
public record LinkView(LinkKind kind, ItemSummary item, Long sourceParagraphId) {
}
