package org.peacetrack;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the capabilities' boundaries: no cycles, and no reaching into another capability's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PeacetrackApplication.class);

    @Test
    void capabilitiesRespectTheirBoundaries() {
        modules.verify();
    }
}
