package org.peacetrack.register;

/** An item of a chain, and whether any status published for it was one of those asked about. */
public record ChainMember(ItemSummary item, boolean reported) {
}
