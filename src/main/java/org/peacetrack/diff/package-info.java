/** Word-level differences between two texts, for showing a person what changed. No persistence. */
package org.peacetrack.diff;
