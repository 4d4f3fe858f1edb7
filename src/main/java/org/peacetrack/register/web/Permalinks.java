package org.peacetrack.register.web;

import org.peacetrack.register.ItemSummary;

/**
 * Links that survive re-importing: a Special Committee recommendation is named by its session and its
 * paragraph number, not by a database id.
 */
final class Permalinks {

    private Permalinks() {
    }

    static String of(ItemSummary item) {
        return item.sessionYear() != null && item.frameworkCode().matches("A/\\d+/19")
                ? "/recommendations/" + item.sessionYear() + "/" + item.number()
                : "/items/" + item.id();
    }
}
