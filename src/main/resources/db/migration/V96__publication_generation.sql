-- ADR 0062: the publication generation. One row whose number every transaction that changes what readers may see
-- raises before it commits (and once more after, when the search index has caught up). Each node keys its cache
-- of anonymous responses by the number it reads, so a change committed on any node retires every node's entries.
create table publication_generation (
    id         integer not null primary key,
    generation bigint  not null
);
insert into publication_generation (id, generation) values (1, 0);
