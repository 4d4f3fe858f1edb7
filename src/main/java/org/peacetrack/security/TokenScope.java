package org.peacetrack.security;

/** What an API token may do, within what its account's role may do. */
public enum TokenScope {
    /** Read the API (with what the account may read of unpublished work); no writes. */
    READ,
    /** Read, and import documents (POST /api/imports) where the account's role may import. */
    IMPORT
}
