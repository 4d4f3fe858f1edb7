package org.peacetrack.register;

import java.util.Collection;

/**
 * Scores new links as they are made (implemented by the lineage module, which owns the matcher): the register
 * stores links, lineage says how similar their two ends are.
 */
public interface LinkScoring {

    void rescore(Collection<ItemLinkEntity> links);
}
