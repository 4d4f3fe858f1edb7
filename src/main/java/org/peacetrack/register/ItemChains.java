package org.peacetrack.register;

/**
 * An item's chain across sessions, for the item page (implemented by the lineage module, which follows links
 * and matches): the register shows the chain, lineage works it out.
 */
public interface ItemChains {

    /** The chain of an item already read (see the lineage module for how it is followed). */
    Lineage lineage(ItemView read);
}
