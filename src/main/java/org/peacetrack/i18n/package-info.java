/**
 * The pages' language: English or French, chosen by the browser's Accept-Language or by the reader's switch
 * (remembered in a cookie), dates and numbers written the way that language writes them, and the message-code
 * plumbing every refusal shown in the reader's language shares ({@link org.peacetrack.i18n.CodedMessage}).
 */
package org.peacetrack.i18n;
