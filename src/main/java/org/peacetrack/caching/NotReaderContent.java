package org.peacetrack.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose writes no page, API answer or search an anonymous reader sees depends on (an API token's
 * last use, a recovery code), so that they leave the publication generation alone (ADR 0062). Every other entity's
 * insert, update, delete or collection change raises it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotReaderContent {
}
