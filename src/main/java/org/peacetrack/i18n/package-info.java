/**
 * The pages' language: English or French, chosen by the browser's Accept-Language or by the reader's switch
 * (remembered in a cookie), and dates and numbers written the way that language writes them.
 */
package org.peacetrack.i18n;
