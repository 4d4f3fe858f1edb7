-- The original bytes of each imported file, keyed by the SHA-256 that document.file_hash already holds, so
-- that a document can be read again when the readers improve and a backup carries what was imported. In the
-- database rather than in a folder so that every application node sees the same originals (ADR 0053).
-- Documents imported before this table have no row here; importing the same file again adds it.
create table document_original (
    file_hash   varchar(64)   primary key,
    content     bytea         not null,
    size_bytes  bigint        not null,
    stored_at   timestamp with time zone not null
);
